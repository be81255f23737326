package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.staff.StaffLayout;

/** A hub's page ({@code staff/directory/hub/<id>}): its staff may draft changes; only admins add hubs. */
@Route(value = EditRoutes.HUB + "/:" + ItemEditView.ID + "?", layout = StaffLayout.class)
@PermitAll
@StyleSheet("context://staff/directory.css")
class HubEditView extends ItemEditView {

    HubEditView(ItemEditing editing, ItemPreview previews, Clock clock) {
        super(ItemKind.HUB, new HubForm(), editing, previews, clock);
    }

    @Override
    Map<String, Object> newItem() {
        Map<String, Object> fields = FieldValues.map();
        fields.put("sports_hub", "false");
        return fields;
    }
}
