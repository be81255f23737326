package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;

/**
 * Where a screen shows its {@link CrisisHelp}: straight under its heading, for the kind of danger the words may mean.
 * The panel is replaced only when it would say something else, so screen readers announce it once; its button starts
 * an urgent call that carries the kind.
 */
final class CrisisHelpSlot {

    private final Div screen;
    private final Component heading;
    private final CrisisLines lines;
    private final KioskState state;
    private final String route;
    private @Nullable CrisisHelp shown;

    /** @param route where "Back" from the call questions returns to */
    CrisisHelpSlot(Div screen, Component heading, CrisisLines lines, KioskState state, String route) {
        this.screen = screen;
        this.heading = heading;
        this.lines = lines;
        this.state = state;
        this.route = route;
    }

    /** The help for this kind of danger in the locale's language, or none when the kind is null. */
    void show(@Nullable CrisisKind kind, Locale locale) {
        CrisisLines.Panel wanted = kind == null ? null : lines.panel(kind, locale);
        if (shown != null && wanted != null && shown.says(wanted)) {
            return;
        }
        if (shown != null) {
            screen.remove(shown);
            shown = null;
        }
        if (wanted != null) {
            shown = new CrisisHelp(wanted, locale,
                    () -> CallMeView.start(state, route, answers -> answers.urgent(kind)));
            screen.addComponentAtIndex(screen.indexOf(heading) + 1, shown);
        }
    }
}
