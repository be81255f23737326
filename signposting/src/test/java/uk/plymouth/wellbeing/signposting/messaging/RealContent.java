package uk.plymouth.wellbeing.signposting.messaging;

import java.time.LocalDate;
import java.time.ZoneId;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.testsupport.Fixtures;

/** The real sample content (the content module), loaded as it stands on {@link Fixtures#TODAY}. */
final class RealContent {

    private RealContent() {}

    static Catalogue catalogue() {
        ContentSet content = new ContentReader().read("classpath:content/", Fixtures.TODAY);
        Catalogue catalogue = new Catalogue();
        catalogue.replace(CatalogueSnapshot.of(content.hubs(), content.services(), content.activities(),
                content.districts(), content.synonyms(), startOf(Fixtures.TODAY)));
        return catalogue;
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
    }
}
