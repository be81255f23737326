package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * What the kiosk's feature packages (such as {@code kiosk.survey}) may use of the kiosk itself, so the rest of it
 * can stay package-private: this kiosk's hub, the words for a topic, and the ways on to Home, a topic's results and
 * "Ask us to call you". One per server session, like {@link KioskState}.
 */
@SpringComponent
@VaadinSessionScope
public class KioskJourneys {

    private final KioskState state;
    private final KioskHubs hubs;
    private final ItemWords words;

    KioskJourneys(KioskState state, KioskHubs hubs, ItemWords words) {
        this.state = state;
        this.hubs = hubs;
        this.words = words;
    }

    /** The hub this kiosk stands in (from its address or cookie), else the configured one. */
    public String hubId() {
        String hubId = state.hubId();
        return hubId != null ? hubId : hubs.resolve(null);
    }

    /** A topic's name as the Home tiles show it, in the kiosk's language. */
    public String categoryLabel(Category category) {
        return words.categoryLabel(category, UI.getCurrent().getLocale());
    }

    public void home() {
        UI.getCurrent().navigate(HomeView.class);
    }

    /** The services and activities on one topic, as tapping its Home tile shows them. */
    public void showCategory(Category category) {
        state.search(KioskSearch.forCategory(category));
        UI.getCurrent().navigate(ResultsView.class);
    }

    /** A fresh "Ask us to call you"; its first Back returns to {@code origin} (a route). */
    public void askUsToCallYou(String origin) {
        CallMeView.start(state, origin, answers -> { });
    }
}
