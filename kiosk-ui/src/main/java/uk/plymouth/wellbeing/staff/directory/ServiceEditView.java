package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.staff.StaffLayout;

/** A service's page ({@code staff/directory/service/<id>}); without an id, a new service. */
@Route(value = EditRoutes.SERVICE + "/:" + ItemEditView.ID + "?", layout = StaffLayout.class)
@PermitAll
@StyleSheet("context://staff/directory.css")
class ServiceEditView extends ItemEditView {

    ServiceEditView(ItemEditing editing, ItemPreview previews, Catalogue catalogue, Clock clock) {
        super(ItemKind.SERVICE, new ServiceForm(hubsOf(catalogue, editing.me())), editing, previews, clock);
    }

    @Override
    Map<String, Object> newItem() {
        Map<String, Object> fields = FieldValues.map();
        Map<String, String> hubs = ((ServiceForm) form).hubNames;
        if (hubs.size() == 1) {
            fields.put("hubs", List.copyOf(hubs.keySet()));
        }
        fields.put("cost", "free");
        fields.put("last_verified", LocalDate.now(clock).toString());
        return fields;
    }
}
