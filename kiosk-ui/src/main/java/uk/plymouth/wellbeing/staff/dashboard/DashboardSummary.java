package uk.plymouth.wellbeing.staff.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;

/** The period's numbers at a glance, as cards: requests, urgent, time to first call, within target, still open. */
class DashboardSummary extends FlexLayout {

    DashboardSummary() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "1rem");
    }

    void show(DashboardFigures shown) {
        CallbackFigures total = shown.total();
        removeAll();
        add(card("Requests", Integer.toString(total.requests()), DashboardCharts.period(shown)),
                card("Urgent", Integer.toString(total.urgent()), "marked urgent by staff, or for crisis words"),
                card("Median time to first call", DashboardCharts.hours(total.medianHoursToFirstContact()),
                        total.contacted() + " requests rung at least once"),
                card("First call within target", DashboardCharts.percent(total.percentWithinTarget()),
                        total.withinTarget() + " of " + total.targetDue() + " due or rung so far"),
                card("Still open", Integer.toString(total.stillOpen()), total.done() + " done, "
                        + total.unableToContact() + " unable to contact"));
    }

    /** A card: what it is, the number in large type, and a note under it. */
    static Div card(String label, String value, String note) {
        Span big = new Span(value);
        big.addClassName("dashboard-number");
        big.getStyle().set("font-size", "2.5rem").set("font-weight", "700").set("line-height", "1.1");
        Span name = new Span(label);
        name.getStyle().set("font-weight", "600");
        Span small = new Span(note);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "0.9rem");
        Div card = new Div(name, big, small);
        card.addClassName("dashboard-summary");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "0.75rem 1rem")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("min-width", "12rem");
        return card;
    }
}
