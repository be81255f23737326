package uk.plymouth.wellbeing.kiosk.survey;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The kiosk's routes for Karibu tests here; the kiosk's own views are package-private, so named by class name. */
final class KioskRoutes {

    private static final List<String> KIOSK_VIEWS = List.of("HomeView", "ResultsView", "DetailView", "WhatsOnView",
            "CallMeView");

    private KioskRoutes() {}

    static Routes withSurveys() {
        Set<Class<? extends Component>> views = new HashSet<>();
        views.add(SurveyView.class);
        for (String name : KIOSK_VIEWS) {
            try {
                views.add(Class.forName("uk.plymouth.wellbeing.kiosk." + name).asSubclass(Component.class));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("kiosk view " + name + " has moved", e);
            }
        }
        return new Routes(views, Set.of(), true);
    }
}
