package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.staff.StaffLayout;

/** An activity's page ({@code staff/directory/activity/<id>}); without an id, a new activity. */
@Route(value = EditRoutes.ACTIVITY + "/:" + ItemEditView.ID + "?", layout = StaffLayout.class)
@PermitAll
@StyleSheet("context://staff/directory.css")
class ActivityEditView extends ItemEditView {

    ActivityEditView(ItemEditing editing, ItemPreview previews, Catalogue catalogue, Clock clock) {
        super(ItemKind.ACTIVITY, new ActivityForm(hubsOf(catalogue, editing.me())), editing, previews, clock);
    }

    @Override
    Map<String, Object> newItem() {
        Map<String, Object> fields = FieldValues.map();
        Map<String, String> hubs = ((ActivityForm) form).hubNames;
        if (hubs.size() == 1) {
            fields.put("hub", hubs.keySet().iterator().next());
        }
        fields.put("schedule", Map.of("frequency", ScheduleEditor.WEEKLY));
        fields.put("cost", "free");
        fields.put("booking_needed", "false");
        fields.put("last_verified", LocalDate.now(clock).toString());
        return fields;
    }
}
