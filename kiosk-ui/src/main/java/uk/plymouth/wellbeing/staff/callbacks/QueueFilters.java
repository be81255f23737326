package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.QueueFilter;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** The queue's filters: hub, status, kind of help, overdue only. Fires {@code onChange} whenever one changes. */
class QueueFilters extends HorizontalLayout {

    static final String ALL = "";

    /** The status choices, in the order staff want them. */
    enum StatusChoice {
        OPEN("Open (new and claimed)", EnumSet.of(CallbackStatus.NEW, CallbackStatus.CLAIMED)),
        NEW("New, not claimed", EnumSet.of(CallbackStatus.NEW)),
        CLAIMED("Claimed", EnumSet.of(CallbackStatus.CLAIMED)),
        DONE("Done", EnumSet.of(CallbackStatus.DONE)),
        UNABLE("Unable to contact", EnumSet.of(CallbackStatus.UNABLE_TO_CONTACT)),
        ANY("Any status", EnumSet.noneOf(CallbackStatus.class));

        final String label;
        final Set<CallbackStatus> statuses;

        StatusChoice(String label, Set<CallbackStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }
    }

    final Select<String> hub = new Select<>();
    final Select<StatusChoice> status = new Select<>();
    final Select<String> category = new Select<>();
    final Checkbox overdue = new Checkbox("Overdue only");

    QueueFilters(Map<String, String> hubNames, Runnable onChange) {
        hub.setLabel("Hub");
        List<String> hubs = new ArrayList<>();
        hubs.add(ALL);
        hubs.addAll(hubNames.keySet());
        hub.setItems(hubs);
        hub.setItemLabelGenerator(id -> id.isEmpty() ? "All my hubs" : hubNames.getOrDefault(id, id));
        hub.setValue(ALL);

        status.setLabel("Status");
        status.setItems(StatusChoice.values());
        status.setItemLabelGenerator(choice -> choice.label);
        status.setValue(StatusChoice.OPEN);

        category.setLabel("About");
        List<String> categories = new ArrayList<>();
        categories.add(ALL);
        for (Category c : Category.values()) {
            categories.add(c.id());
        }
        category.setItems(categories);
        category.setItemLabelGenerator(id -> id.isEmpty() ? "Any kind of help"
                : Category.fromId(id).map(Category::label).orElse(id));
        category.setValue(ALL);

        hub.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(hub, status, category, overdue);
        addClassName("queue-filters");
    }

    QueueFilter filter() {
        String hubId = hub.getValue();
        String categoryId = category.getValue();
        @Nullable Category wanted = categoryId == null || categoryId.isEmpty() ? null
                : Category.fromId(categoryId).orElse(null);
        StatusChoice choice = status.getValue() == null ? StatusChoice.OPEN : status.getValue();
        return new QueueFilter(hubId == null || hubId.isEmpty() ? null : hubId, choice.statuses, wanted,
                overdue.getValue(), QueueFilter.DEFAULT_LIMIT);
    }
}
