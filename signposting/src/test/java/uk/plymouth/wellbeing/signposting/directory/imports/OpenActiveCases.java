package uk.plymouth.wellbeing.signposting.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;

/**
 * Importing the hand-written OpenActive RPDE fixture ({@code src/test/resources/imports/openactive/}, see its
 * README), on H2 ({@code OpenActiveTest}) and PostgreSQL ({@code OpenActivePostgresIT}).
 */
abstract class OpenActiveCases extends ImportFixture {

    private static final String SERIES = "/openactive/session-series";
    private static final Map<String, String> PAGES = Map.of(
            "/openactive/earlier", "earlier-1.json",
            "/openactive/earlier?afterTimestamp=1763000001&afterId=ss-104", "earlier-2.json",
            SERIES, "page-1.json",
            SERIES + "?afterTimestamp=1764000003&afterId=ss-103", "page-2.json",
            SERIES + "?afterTimestamp=1764000020&afterId=ss-105", "page-3.json");

    @Test
    void importsSessionSeriesAsActivitiesFollowingNextLinksAndArchivesDeletedOnes() {
        serveFixture();
        ImportSource source = sources.add(ADMIN, new SourceSettings("Leisure bookings", SourceKind.OPENACTIVE,
                server.url("/openactive/earlier"), FOUR_GREENS, Duration.ofHours(6), true, true));
        assertThat(run(source).counts()).isEqualTo(new ImportCounts(1, 0, 0, 0, 0, 0));
        assertThat(activity("tai-chi-for-beginners").schedule().day()).isEqualTo(DayOfWeek.FRIDAY);
        sources.edit(ADMIN, source.id(), new SourceSettings("Leisure bookings", SourceKind.OPENACTIVE,
                server.url(SERIES), FOUR_GREENS, Duration.ofHours(6), true, true));

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.OK);
        assertThat(report.counts()).isEqualTo(new ImportCounts(3, 1, 0, 1, 1, 1));
        assertThat(report.problems()).containsExactly("session series ss-105 has no name");
        assertThat(catalogue.activity("tai-chi-for-beginners")).isEmpty();
        Activity chairs = activity("chair-based-exercise");
        assertThat(chairs.hubId()).isEqualTo(FOUR_GREENS);
        assertThat(chairs.schedule()).isEqualTo(new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.THURSDAY,
                new TimeRange(LocalTime.of(14, 0), LocalTime.of(15, 0)), LocalDate.of(2026, 11, 26),
                java.util.List.of(), java.util.List.of()));
        assertThat(chairs.cost().free()).isTrue();
        assertThat(chairs.bookingNeeded()).isFalse();
        assertThat(chairs.category()).isEqualTo(Category.SPORT_PHYSICAL_ACTIVITY);
        Activity monday = activity("women-s-swim-session");
        Activity wednesday = activity("women-s-swim-session-2");
        assertThat(monday.schedule().day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(wednesday.schedule().day()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(monday.whoFor()).isEqualTo("Women and girls only, ages 16 and over");
        assertThat(monday.cost().text()).isEqualTo("£4.50 Adult; £2.25 Concession");
        assertThat(monday.cost().amount()).isEqualByComparingTo(new BigDecimal("4.50"));
    }

    @Test
    void anActivityWeHaveIsMatchedByNameAndItsHubsPostcode() {
        serveFixture();
        ImportSource source = sources.add(ADMIN, new SourceSettings("Leisure bookings", SourceKind.OPENACTIVE,
                server.url(SERIES), FOUR_GREENS, Duration.ofHours(6), true, true));

        run(source);

        ItemVersion draft = editor.history(ADMIN, new ItemRef(ItemKind.ACTIVITY, "fixture-walking-football")).get(0);
        assertThat(draft.isDraft()).as("the files' activity is not the import's to publish").isTrue();
        Activity proposed = (Activity) draft.record();
        assertThat(proposed.hubId()).isEqualTo(JAN_CUTTING);
        assertThat(proposed.bookingNeeded()).isTrue();
        assertThat(proposed.bookingNote()).isEqualTo("Book at https://leisure.example.org/book/walking-football");
        assertThat(proposed.cost().text()).isEqualTo("£3.00 Adult");
        assertThat(catalogue.activities()).extracting(Activity::title).doesNotContain("Walking Football");
        assertThat(run(source).counts()).as("read again").isEqualTo(new ImportCounts(0, 0, 4, 0, 0, 1));
    }

    private Activity activity(String id) {
        return catalogue.activity(id).orElseThrow(() -> new AssertionError("No activity " + id + " in "
                + catalogue.activities().stream().map(Activity::id).toList()));
    }

    private void serveFixture() {
        String base = server.url("");
        PAGES.forEach((path, file) -> server.answer(path, 200, fixture(file).replace("{base}", base)));
    }

    private static String fixture(String file) {
        try (InputStream in = OpenActiveCases.class.getResourceAsStream("/imports/openactive/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
