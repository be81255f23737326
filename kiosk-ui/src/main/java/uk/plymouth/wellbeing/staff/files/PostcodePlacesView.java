package uk.plymouth.wellbeing.staff.files;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.plymouth.wellbeing.signposting.directory.edit.PlacesEditor;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/** Admins keep the postcode places residents name ("PL5", "Whitleigh"): {@code postcodes.yaml} as text. */
@Route(value = "staff/postcode-places", layout = StaffLayout.class)
@PageTitle("Postcode places - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class PostcodePlacesView extends TextRulesPage {

    PostcodePlacesView(PlacesEditor editor, CurrentStaff current) {
        super("Postcode places", "The postcode districts and area names residents can search near, with each "
                + "district's centre. Every hub's own district must stay. Changes reach every app instance within "
                + "seconds.", "Postcode districts (postcodes.yaml)",
                "Each district: its code (PL5), lat and lon of its centre, in_plymouth (true or false) and the areas "
                        + "residents call it by.",
                editor.current(), places -> editor.save(current.identity(), places));
        addClassName("postcode-places");
    }
}
