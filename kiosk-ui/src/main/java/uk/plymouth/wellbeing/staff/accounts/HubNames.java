package uk.plymouth.wellbeing.staff.accounts;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/** The directory's hubs by name, as the staff screens show them, read once when a screen opens. */
public class HubNames {

    private final Map<String, String> names = new LinkedHashMap<>();

    public HubNames(Catalogue catalogue) {
        catalogue.hubs().stream().sorted(Comparator.comparing(Hub::name))
                .forEach(hub -> names.put(hub.id(), hub.name()));
    }

    /** The hub's name, or its id when the directory no longer has it. */
    public String name(String hubId) {
        return names.getOrDefault(hubId, hubId);
    }

    /** "Devonport Guildhall, Four Greens ..." in alphabetical order; "none" when empty. */
    String names(Set<String> hubIds) {
        return hubIds.isEmpty() ? "none"
                : hubIds.stream().map(this::name).sorted().collect(Collectors.joining(", "));
    }

    /** Every hub's id, in the order of their names. */
    public List<String> ids() {
        return List.copyOf(names.keySet());
    }

    /** A labelled, vertical list of one checkbox per hub (values are hub ids). */
    CheckboxGroup<String> checkboxes(String label) {
        CheckboxGroup<String> group = new CheckboxGroup<>(label);
        group.setItems(names.keySet());
        group.setItemLabelGenerator(this::name);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return group;
    }
}
