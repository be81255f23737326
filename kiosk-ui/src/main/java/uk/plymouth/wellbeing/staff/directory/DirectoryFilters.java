package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Filter;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Show;

/** The directory list's filters: name, hub, kind of help, where it stands, needs checking. */
class DirectoryFilters extends HorizontalLayout {

    static final String ALL = "";

    final TextField name = new TextField("Name contains");
    final Select<String> hub = new Select<>();
    final Select<String> category = new Select<>();
    final Select<Show> show = new Select<>();
    final Checkbox needsChecking = new Checkbox("Needs checking only");

    DirectoryFilters(Map<String, String> hubNames, Runnable onChange) {
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setValueChangeTimeout(300);

        hub.setLabel("Hub");
        List<String> hubs = new ArrayList<>();
        hubs.add(ALL);
        hubs.addAll(hubNames.keySet());
        hub.setItems(hubs);
        hub.setItemLabelGenerator(id -> id.isEmpty() ? "All my hubs" : hubNames.getOrDefault(id, id));
        hub.setValue(ALL);

        category.setLabel("Kind of help");
        List<String> categories = new ArrayList<>();
        categories.add(ALL);
        categories.addAll(Category.ids());
        category.setItems(categories);
        category.setItemLabelGenerator(id -> id.isEmpty() ? "Any kind of help"
                : Category.fromId(id).map(Category::label).orElse(id));
        category.setValue(ALL);

        show.setLabel("Status");
        show.setItems(Show.values());
        show.setItemLabelGenerator(DirectoryWords::show);
        show.setValue(Show.EVERYTHING);

        name.addValueChangeListener(e -> onChange.run());
        hub.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        show.addValueChangeListener(e -> onChange.run());
        needsChecking.addValueChangeListener(e -> onChange.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("directory-filters");
        add(name, hub, category, show, needsChecking);
    }

    /** Sets the filters a link asked for (from the staff home's "needs checking"); unknown values are ignored. */
    void preset(@Nullable String hubId, @Nullable Show status, boolean onlyNeedsChecking) {
        if (hubId != null && hub.getListDataView().contains(hubId)) {
            hub.setValue(hubId);
        }
        if (status != null) {
            show.setValue(status);
        }
        needsChecking.setValue(onlyNeedsChecking);
    }

    Filter filter() {
        String hubId = hub.getValue();
        String categoryId = category.getValue();
        @Nullable Category wanted = categoryId == null || categoryId.isEmpty() ? null
                : Category.fromId(categoryId).orElse(null);
        return new Filter(hubId == null || hubId.isEmpty() ? null : hubId, wanted,
                show.getValue() == null ? Show.EVERYTHING : show.getValue(), needsChecking.getValue(),
                name.getValue() == null ? "" : name.getValue());
    }
}
