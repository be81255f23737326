package uk.plymouth.wellbeing.staff.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import uk.plymouth.wellbeing.signposting.callback.report.FirstContact;

/**
 * Time to first contact for the requests made urgent by crisis words, on their own, with how they are counted in
 * plain words: the period's figures over the hubs shown (the table per hub and week and the CSV have them too).
 */
class CrisisFirstContact extends Div {

    static final String HOW_COUNTED = "How these are counted: the requests the system made urgent because what the"
            + " resident typed at a kiosk or texted may be about a crisis (suicidal thoughts, self-harm, abuse and"
            + " the like), also those staff later marked not urgent; requests staff marked urgent themselves are not"
            + " in them. Time to first call runs from the request to the first call logged, whatever its outcome,"
            + " nights and closed days included. Within target means that call was at or before the request's due"
            + " time as it stands now (for an urgent request, the urgent target in the hub's opening hours).";

    final FlexLayout cards = new FlexLayout();
    final Paragraph howCounted = new Paragraph(HOW_COUNTED);

    CrisisFirstContact() {
        addClassName("dashboard-crisis");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "1rem");
        howCounted.getStyle().set("max-width", "60rem").set("color", "var(--lumo-secondary-text-color)");
        add(new H2("Requests made urgent by crisis words"), cards, howCounted);
    }

    void show(FirstContact crisis) {
        cards.removeAll();
        cards.add(DashboardSummary.card("Crisis requests", Integer.toString(crisis.requests()),
                        "made urgent by the system for crisis words"),
                DashboardSummary.card("Median time to first call", DashboardCharts.hours(crisis.medianHours()),
                        crisis.contacted() + " of them rung at least once"),
                DashboardSummary.card("First call within target", DashboardCharts.percent(
                        crisis.percentWithinTarget()), crisis.withinTarget() + " of " + crisis.targetDue()
                        + " due or rung so far"));
    }
}
