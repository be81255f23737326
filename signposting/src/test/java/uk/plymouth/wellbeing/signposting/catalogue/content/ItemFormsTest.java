package uk.plymouth.wellbeing.signposting.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/** One item from a screen or a feed is checked by the content files' own rules, with their words and fields. */
class ItemFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ContentSet FIXTURES = new ContentReader().read("classpath:fixtures/content/", TODAY);

    private final ItemForms forms = formsFor(FIXTURES);
    private final Map<String, Object> service = ItemForms.fieldsOf(FIXTURES.services().get(0));
    private final Map<String, Object> activity = ItemForms.fieldsOf(FIXTURES.activities().get(0));
    private final Map<String, Object> hub = ItemForms.fieldsOf(FIXTURES.hubs().get(0));

    @Test
    void everyBundledItemComesBackFromItsOwnFields() {
        ContentSet bundled = new ContentReader().read("classpath:content/", TODAY);
        ItemForms bundledForms = formsFor(bundled);

        for (HubService s : bundled.services()) {
            assertThat(bundledForms.service(ItemForms.fieldsOf(s)).value()).isEqualTo(s);
        }
        for (Activity a : bundled.activities()) {
            assertThat(bundledForms.activity(ItemForms.fieldsOf(a)).value()).isEqualTo(a);
        }
        for (Hub h : bundled.hubs()) {
            Set<String> otherHubs = Set.copyOf(bundled.hubs().stream().map(Hub::id).filter(id -> !id.equals(h.id()))
                    .toList());
            assertThat(bundledForms.hub(ItemForms.fieldsOf(h), otherHubs).value()).isEqualTo(h);
        }
    }

    @Test
    void givesTheFieldsTheWriterWrites() {
        assertThat(service).containsEntry("id", "fixture-debt-advice")
                .containsEntry("hubs", List.of("fixture-four-greens", "fixture-jan-cutting"))
                .containsEntry("sessions", List.of(Map.of("day", "tuesday", "start", "09:30", "end", "12:30")))
                .containsEntry("last_verified", "2026-11-03")
                .doesNotContainKeys("when", "contact", "status", "status_note");
        assertThat(service.keySet()).startsWith("id", "hubs", "category", "name", "summary", "description");
        assertThat(hub).containsEntry("location", Map.of("lat", "50.4215", "lon", "-4.1432"))
                .containsEntry("sports_hub", "false");
        assertThat(activity).containsEntry("booking_needed", "false");
    }

    @Test
    void aMissingRequiredFieldIsAProblemNotAnException() {
        Checked<HubService> checked = forms.service(with(service, "name", null));

        assertThat(checked.ok()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.problems()).containsExactly(
                new ContentProblem("service", 0, "name", "is missing (required)"));
    }

    @Test
    void aWrongWordSuggestsTheRightOne() {
        assertProblem(forms.service(with(service, "category", "advise")), "category",
                "\"advise\" is not one of: advice, ");
        assertProblem(forms.service(with(service, "category", "advise")), "category", "(did you mean 'advice'?)");
        assertProblem(forms.service(with(service, "access", List.of("drop in"))), "access",
                "(did you mean 'drop-in'?)");
        assertProblem(forms.activity(with(activity, "schedule", with(schedule(), "frequency", "fortnigthly"))),
                "schedule.frequency", "(did you mean 'fortnightly'?)");
    }

    @Test
    void refusesADescriptionOfTenKilobytes() {
        assertProblem(forms.service(with(service, "description", "x".repeat(10_240))), "description",
                "is 10240 characters long; keep it to 2000 or fewer");
    }

    @Test
    void refusesImpossibleTimesByTheirPath() {
        Map<String, Object> lateSession = Map.of("day", "tuesday", "start", "25:00", "end", "26:00");
        Map<String, Object> backwards = Map.of("day", "friday", "start", "12:00", "end", "10:00");

        Checked<HubService> checked = forms.service(with(service, "sessions", List.of(backwards, lateSession)));

        assertProblem(checked, "sessions[1].end", "ends at 10:00, which is not after the start (12:00)");
        assertProblem(checked, "sessions[2].start", "\"25:00\" is not a time");
        assertProblem(forms.activity(with(activity, "schedule", with(schedule(), "end", "10:00"))), "schedule.end",
                "not after the start");
    }

    @Test
    void refusesImpossibleDates() {
        assertProblem(forms.service(with(service, "last_verified", "2026-02-30")), "last_verified",
                "\"2026-02-30\" is not a date; write it as 2026-11-24");
        Map<String, Object> period = Map.of("from", "2026-02-30", "to", "2026-03-01");
        assertProblem(forms.activity(with(activity, "dates", List.of(period))), "dates[1].from", "is not a date");
        assertProblem(forms.activity(with(activity, "except", List.of("2026-13-01"))), "except", "is not a date");
    }

    @Test
    void refusesAFortnightlyScheduleWithoutAFirstDate() {
        assertProblem(forms.activity(with(activity, "schedule", with(schedule(), "frequency", "fortnightly"))),
                "schedule.first_date", "is missing (required)");
    }

    @Test
    void refusesAnUnknownHub() {
        assertProblem(forms.service(with(service, "hubs", List.of("fixture-four-grens"))), "hubs",
                "\"fixture-four-grens\" is not a hub in hubs.yaml (did you mean 'fixture-four-greens'?)");
        assertProblem(forms.activity(with(activity, "hub", "nowhere")), "hub", "\"nowhere\" is not a hub");
    }

    @Test
    void refusesAnIdTakenByAnotherItemOnlyWhenToldWhichAreTaken() {
        Set<String> taken = Set.of("fixture-debt-advice", "fixture-walking-football");

        assertThat(forms.service(service).ok()).isTrue();
        assertProblem(forms.service(service, taken), "id",
                "\"fixture-debt-advice\" is already used (by another service or activity); every id must be unique");
        assertProblem(forms.activity(activity, taken), "id", "is already used (by another service or activity)");
        assertProblem(forms.hub(hub, Set.of("fixture-four-greens")), "id",
                "\"fixture-four-greens\" is already used by another hub; every id must be unique");
        assertProblem(forms.service(with(service, "id", "Debt Advice")), "id", "should be lower-case letters");
    }

    @Test
    void acceptsMarkupEmojiAndRightToLeftTextAsPlainText() {
        for (String text : TrickyText.ALL) {
            String name = TrickyText.cut(text, 80);
            Checked<HubService> checked = forms.service(with(with(service, "name", name), "description", text));

            assertThat(checked.problems()).as(text).isEmpty();
            assertThat(checked.value().name()).isEqualTo(name);
            assertThat(checked.value().description()).isEqualTo(text);
        }
    }

    @Test
    void namesNestedHubFieldsByTheirPath() {
        Map<String, Object> hours = with(openingHours(), "monday", "9am till 5");

        assertProblem(forms.hub(with(hub, "opening_hours", hours)), "opening_hours.monday",
                "monday: \"9am till 5\" should be like \"09:00-17:00\"");
        assertProblem(forms.hub(with(hub, "location", Map.of("lat", "NaN", "lon", "-4.14"))), "location.lat",
                "\"NaN\" is not a number");
        assertProblem(forms.hub(with(hub, "opening_hours", Map.of())), "opening_hours", "needs at least one line");
        assertProblem(forms.service(with(service, "contact", Map.of("phone", "ring us"))), "contact.phone",
                "does not look like a phone number");
    }

    @Test
    void wrongShapesAndOddValuesComeBackAsProblems() {
        assertProblem(forms.service(with(service, "description", List.of("a", "b"))), "description",
                "should be plain text, not a list");
        assertProblem(forms.service(with(service, "sessions", "tuesdays")), "sessions", "should be a list");
        assertProblem(forms.activity(with(activity, "schedule", List.of("weekly"))), "schedule",
                "expected a schedule with named fields here");
        assertProblem(forms.activity(with(activity, "booking_needed", 3)), "booking_needed",
                "\"3\" should be true or false");
        assertProblem(forms.service(with(service, "colour", "blue")), "colour", "is not a field of a service");
        assertProblem(forms.service(Map.of()), "id", "is missing (required)");
    }

    @Test
    void takesOtherValuesAsTheirText() {
        LocalDate fifth = LocalDate.of(2026, 1, 5);

        assertThat(forms.activity(with(activity, "booking_needed", true)).value().bookingNeeded()).isTrue();
        assertThat(forms.service(with(service, "last_verified", fifth)).value().lastVerified()).isEqualTo(fifth);
        assertThat(forms.service(with(service, "last_verified", Date.from(Instant.parse("2026-01-05T00:00:00Z"))))
                .value().lastVerified()).isEqualTo(fifth);
        assertThat(forms.service(with(service, "tags", Set.of("debt"))).value().tags()).containsExactly("debt");
        assertThat(forms.hub(with(hub, "location", Map.of("lat", 50.42, "lon", -4.14))).value().location().lat())
                .isEqualTo(50.42);
    }

    @Test
    void problemsNameTheKindOfItemAndNoLine() {
        Checked<Hub> checked = forms.hub(with(hub, "postcode", "PL5"));

        assertThat(checked.problems()).containsExactly(
                new ContentProblem("hub", 0, "postcode", "\"PL5\" is not a full UK postcode such as PL5 3AB"));
        assertThat(checked.problemsWith("postcode")).hasSize(1);
        assertThat(checked.problemsWith("name")).isEmpty();
    }

    private static ItemForms formsFor(ContentSet set) {
        return new ItemForms(set.hubs().stream().map(Hub::id).toList(), new PostcodeDirectory(set.districts()), TODAY);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schedule() {
        return (Map<String, Object>) activity.get("schedule");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> openingHours() {
        return (Map<String, Object>) hub.get("opening_hours");
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return copy;
    }

    private static void assertProblem(Checked<?> checked, String field, String message) {
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).as(checked.problems().toString())
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                });
    }
}
