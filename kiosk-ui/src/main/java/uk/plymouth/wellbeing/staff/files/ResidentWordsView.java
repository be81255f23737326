package uk.plymouth.wellbeing.staff.files;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.plymouth.wellbeing.signposting.directory.edit.ResidentWordsEditor;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/** Admins teach search residents' own words ("skint => debt, money"): the lines of {@code synonyms.txt}. */
@Route(value = "staff/residents-words", layout = StaffLayout.class)
@PageTitle("Residents' words - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class ResidentWordsView extends TextRulesPage {

    ResidentWordsView(ResidentWordsEditor editor, CurrentStaff current) {
        super("Residents' words", "Search finds services by the words residents use. Changes here reach the kiosk, "
                + "texts and the open data API on every app instance within seconds.",
                "Residents' words, one rule a line",
                "\"skint, broke, no money\" makes the words mean the same; \"skint => debt, money\" searches debt and "
                        + "money when someone types skint. Lines starting with # are notes.",
                editor.current(), words -> editor.save(current.identity(), words));
        addClassName("residents-words");
    }
}
