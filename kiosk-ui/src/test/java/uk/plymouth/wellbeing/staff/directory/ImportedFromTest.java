package uk.plymouth.wellbeing.staff.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportOverrides;

/** What the editing page says about an item that came from another directory. */
class ImportedFromTest {

    static final Instant FETCHED = Instant.parse("2026-12-07T09:30:00Z");

    @Test
    void namesTheSourceTheDayAndEachFieldEditedHereOverTheImport() {
        String words = ImportedFrom.inWords(new ImportOverrides.Overrides("Council directory", FETCHED,
                List.of(new FieldChange("name", "Debt advice", "Money worries clinic"),
                        new FieldChange("contact.phone", "01752 000000", null))));

        assertThat(words).isEqualTo("Imported from Council directory, last fetched 7 Dec 2026. Changed here over the "
                + "import (an import keeps these and waits for review): Name: Debt advice → Money worries clinic; "
                + "Contact phone: 01752 000000 → (none).");
    }

    @Test
    void saysSoWhenNothingWasChangedHere() {
        assertThat(ImportedFrom.inWords(new ImportOverrides.Overrides("Active Plymouth", FETCHED, List.of())))
                .isEqualTo("Imported from Active Plymouth, last fetched 7 Dec 2026. Not changed here since.");
    }
}
