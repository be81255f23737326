package uk.plymouth.wellbeing.staff.directory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportOverrides;

/** "Imported from Council directory, last fetched 7 Dec 2026. Changed here over the import: Name: X → Y." */
final class ImportedFrom {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private ImportedFrom() {}

    static String inWords(ImportOverrides.Overrides overrides) {
        String from = "Imported from " + overrides.sourceName() + ", last fetched " + DAY.format(overrides.fetchedAt())
                + ".";
        if (overrides.localChanges().isEmpty()) {
            return from + " Not changed here since.";
        }
        return from + " Changed here over the import (an import keeps these and waits for review): "
                + overrides.localChanges().stream().map(FieldChange::inWords).collect(Collectors.joining("; "))
                + ".";
    }
}
