package uk.plymouth.wellbeing.staff.directory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Row;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;

/**
 * The staff directory screens driven without a browser (Karibu-Testing) over the real app, its database and the
 * bundled content, as staff and hub leads of Four Greens: what they see, drafts and publishing by role, a conflict
 * that keeps what was typed, and problems shown by the input they are about.
 */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
class DirectoryViewsTest {

    static final ItemRef DEBT_ADVICE = new ItemRef(ItemKind.SERVICE, "fg-debt-advice");
    static final ItemRef JOB_CLUB = new ItemRef(ItemKind.ACTIVITY, "fg-job-club");

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Catalogue catalogue;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    ServiceSearch search;

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    private String logIn(StaffRole role) {
        String username = TestStaff.create(accounts, role);
        StaffKaribu.start(context, username, role, DirectoryListView.class, ServiceEditView.class,
                ActivityEditView.class, HubEditView.class);
        return username;
    }

    private static <T extends com.vaadin.flow.component.Component> T open(String path, Class<T> view) {
        String[] parts = path.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(
                parts.length > 1 ? parts[1] : ""));
        return _get(view);
    }

    private static List<Row> everyRow(DirectoryListView list) {
        List<Row> rows = new ArrayList<>();
        while (true) {
            IntStream.range(0, GridKt._size(list.grid)).forEach(i -> rows.add(GridKt._get(list.grid, i)));
            if (!list.next.isEnabled()) {
                return rows;
            }
            _click(list.next);
        }
    }

    @Test
    void staffSeeOnlyTheirOwnHubsItems() {
        logIn(StaffRole.STAFF);
        DirectoryListView list = open(DirectoryListView.ROUTE, DirectoryListView.class);

        List<Row> rows = everyRow(list);

        long atFourGreens = catalogue.services().stream().filter(s -> s.hubIds().contains(TestStaff.FOUR_GREENS))
                .count() + catalogue.activities().stream().filter(a -> a.hubId().equals(TestStaff.FOUR_GREENS))
                .count();
        assertThat(rows).hasSize((int) atFourGreens).allMatch(row -> row.hubIds().contains(TestStaff.FOUR_GREENS));
        assertThat(rows).extracting(Row::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        String elsewhere = catalogue.services().stream().filter(s -> !s.hubIds().contains(TestStaff.FOUR_GREENS))
                .findFirst().orElseThrow().id();
        ServiceEditView page = open(EditRoutes.SERVICE + "/" + elsewhere, ServiceEditView.class);
        assertThat(page.getPageTitle()).startsWith("Not found");
    }

    @Test
    void aDraftSavedByAnotherMemberOfStaffShowsInAnOpenListWithoutReloading() {
        logIn(StaffRole.HUB_LEAD);
        DirectoryListView list = open(DirectoryListView.ROUTE, DirectoryListView.class);
        StaffIdentity colleague = accounts.member(TestStaff.create(accounts, StaffRole.STAFF));
        ItemVersion opened = editor.open(colleague, DEBT_ADVICE).orElseThrow();
        HubService service = (HubService) opened.record();

        ItemVersion draft = editor.save(colleague, CatalogueFixtures.renamed(service, service.name() + " (Fridays)"),
                opened.version(), "Seen live", false);
        MockVaadin.clientRoundtrip();

        Row row = everyRow(list).stream().filter(r -> r.ref().equals(DEBT_ADVICE)).findFirst().orElseThrow();
        assertThat(row.draftVersion()).isEqualTo(draft.version());
        assertThat(list.waiting.getChildren().count()).as("the drafts waiting for this hub lead").isOne();
    }

    @Test
    void staffSaveADraftAndHaveNoPublishButton() {
        String username = logIn(StaffRole.STAFF);
        ServiceEditView page = open(EditRoutes.href(DEBT_ADVICE), ServiceEditView.class);
        ServiceForm form = (ServiceForm) page.form;
        String before = catalogue.service(DEBT_ADVICE.id()).orElseThrow().summary();

        assertThat(page.buttons.publish.isVisible()).isFalse();
        _setValue(form.summary, "Free, private help with debts and bills, now on Fridays too.");
        _setValue(page.buttons.note, "Friday sessions start in December");
        _click(page.buttons.saveDraft);

        assertThat(page.buttons.status.getText())
                .isEqualTo("Saved as a draft: a hub lead will check it and publish it.");
        assertThat(page.opened).isNotNull();
        assertThat(page.opened.isDraft()).isTrue();
        assertThat(page.opened.author()).isEqualTo(username);
        assertThat(page.opened.note()).isEqualTo("Friday sessions start in December");
        assertThat(catalogue.service(DEBT_ADVICE.id()).orElseThrow().summary()).as("residents see no change")
                .isEqualTo(before);
        assertThat(page.standing.getText()).contains("draft waiting for a hub lead");
    }

    @Test
    void aHubLeadPublishesANewServiceAndTheKioskSearchFindsItsWords() {
        logIn(StaffRole.HUB_LEAD);
        ServiceEditView page = open(EditRoutes.SERVICE, ServiceEditView.class);
        ServiceForm form = (ServiceForm) page.form;
        String id = "fg-test-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(page.buttons.publish.isVisible()).isTrue();
        _setValue(form.name, "Zorblatt repair cafe");
        _setValue(form.common.id, id);
        _setValue(form.common.category, "social-activities");
        _setValue(form.summary, "Bring a broken toaster or lamp and fix it with our volunteers.");
        _setValue(form.common.description, "Volunteers show you how to mend small things. Zorblatt tools provided.");
        _setValue(form.common.whoFor, "Anyone.");
        _setValue(form.access, java.util.Set.of("drop-in"));
        _click(page.buttons.publish);

        assertThat(page.buttons.status.getText()).isEqualTo(EditActions.PUBLISHED);
        List<String> found = search.search(SearchRequest.forText("zorblatt")).hits().stream().map(SearchHit::item)
                .map(DirectoryItem::id).toList();
        assertThat(found).contains(id);
        editor.archive(identity(TestStaff.ADMIN), new ItemRef(ItemKind.SERVICE, id), page.basedOn, "test over", true);
    }

    @Test
    void aConflictKeepsWhatWasTypedAndSavesItOnTop() {
        logIn(StaffRole.STAFF);
        ServiceEditView page = open(EditRoutes.href(DEBT_ADVICE), ServiceEditView.class);
        ServiceForm form = (ServiceForm) page.form;
        HubService theirs = (HubService) editor.open(identity(TestStaff.ADMIN), DEBT_ADVICE).orElseThrow().record();
        editor.save(identity(TestStaff.ADMIN), withProvider(theirs, "Plymouth Money Line"), page.basedOn,
                "new provider", false);

        _setValue(form.common.whoFor, "Anyone in Plymouth aged 16 or over.");
        _click(page.buttons.saveDraft);

        assertThat(page.conflict.isVisible()).isTrue();
        assertThat(page.conflict.title.getText())
                .isEqualTo(TestStaff.ADMIN + " saved a newer version while you were editing");
        assertThat(page.conflict.theirChanges.getElement().getTextRecursively()).contains("Plymouth Money Line");
        assertThat(form.common.whoFor.getValue()).isEqualTo("Anyone in Plymouth aged 16 or over.");

        _click(page.conflict.saveOnTop);

        ItemVersion saved = page.opened;
        assertThat(saved).isNotNull();
        assertThat(((HubService) saved.record()).whoFor()).isEqualTo("Anyone in Plymouth aged 16 or over.");
        assertThat(page.conflict.isVisible()).isFalse();
    }

    @Test
    void aBadTimeIsShownByItsInputAndNothingIsSaved() {
        logIn(StaffRole.STAFF);
        ActivityEditView page = open(EditRoutes.href(JOB_CLUB), ActivityEditView.class);
        ActivityForm form = (ActivityForm) page.form;
        int before = page.basedOn;

        _setValue(form.schedule.start, "25:00");
        _click(page.buttons.saveDraft);

        assertThat(form.schedule.start.isInvalid()).isTrue();
        assertThat(form.schedule.start.getErrorMessage()).contains("25:00").contains("not a time");
        assertThat(page.problems.isVisible()).isTrue();
        assertThat(page.problems.texts()).anyMatch(text -> text.startsWith("When it runs, Starts: "));
        assertThat(page.basedOn).isEqualTo(before);
        assertThat(editor.history(identity(TestStaff.ADMIN), JOB_CLUB)).hasSize(before);
    }

    @Test
    void aHubLeadSeesDraftsWaitingAndPublishesOneFromTheList() {
        StaffIdentity staff = identity(TestStaff.create(accounts, StaffRole.STAFF));
        ItemVersion current = editor.open(staff, JOB_CLUB).orElseThrow();
        uk.plymouth.wellbeing.signposting.catalogue.Activity club =
                (uk.plymouth.wellbeing.signposting.catalogue.Activity) current.record();
        editor.save(staff, new uk.plymouth.wellbeing.signposting.catalogue.Activity(club.id(), club.hubId(),
                club.title(), club.category(), club.description(), club.whoFor(), club.schedule(), club.cost(),
                club.bookingNeeded(), "Ring Sam on the day to book.", club.tags(), club.status(), club.statusNote(),
                club.lastVerified()), current.version(), "booking by phone", false);
        logIn(StaffRole.HUB_LEAD);
        DirectoryListView list = open(DirectoryListView.ROUTE, DirectoryListView.class);

        WaitingToPublish waiting = _get(list.waiting, WaitingToPublish.class);
        assertThat(waiting.list.getElement().getTextRecursively()).contains("Job club")
                .contains("saved by " + staff.username()).contains("Why: booking by phone");
        _click(_get(waiting, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Publish Job club")));

        assertThat(catalogue.activity(JOB_CLUB.id()).orElseThrow().bookingNote())
                .isEqualTo("Ring Sam on the day to book.");
    }

    @Test
    void theStaffHomeSaysHowManyNeedCheckingAtEachHubWithALinkToThem() {
        String username = logIn(StaffRole.STAFF);
        java.time.LocalDate since = java.time.LocalDate.of(2026, 5, 24);
        long due = java.util.stream.Stream.concat(catalogue.services().stream(), catalogue.activities().stream())
                .filter(i -> i.hubIds().contains(TestStaff.FOUR_GREENS))
                .filter(i -> i.lastVerified() == null || i.lastVerified().isBefore(since)).count();

        NeedsCheckingPanel panel = new NeedsCheckingPanel(context.getBean(
                uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.class), identity(username),
                id -> catalogue.hub(id).orElseThrow().name());

        if (due == 0) {
            assertThat(panel.getElement().getTextRecursively()).contains("checked recently");
            return;
        }
        com.vaadin.flow.component.html.Anchor link = _get(panel, com.vaadin.flow.component.html.Anchor.class);
        assertThat(link.getText()).endsWith(": " + due + (due == 1 ? " item needs checking" : " items need checking"));
        assertThat(link.getHref()).isEqualTo("staff/directory?hub=four-greens&needs-checking");
        DirectoryListView list = open(link.getHref(), DirectoryListView.class);
        assertThat(list.filters.needsChecking.getValue()).isTrue();
        assertThat(everyRow(list)).hasSize((int) due).allMatch(Row::needsChecking);
    }

    @Test
    void thePreviewShowsTheKioskCardAndTheTextWithItsLength() {
        logIn(StaffRole.STAFF);
        ServiceEditView page = open(EditRoutes.href(DEBT_ADVICE), ServiceEditView.class);

        String preview = page.preview.getElement().getTextRecursively();

        assertThat(preview).contains("On the kiosk: in a list of results").contains("Debt and money advice")
                .contains("By text message").containsPattern("sent as [12] texts?\\.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"service/fg-debt-advice", "activity/fg-job-club",
        "activity/fg-allotment-gardening", "activity/fg-stay-and-play", "activity/fg-mens-talk-club",
        "hub/four-greens"})
    void everyFormGivesBackTheItemItShowsUnchanged(String item) {
        logIn(StaffRole.STAFF);
        String[] kindAndId = item.split("/");
        Class<? extends ItemEditView> view = switch (kindAndId[0]) {
            case "service" -> ServiceEditView.class;
            case "activity" -> ActivityEditView.class;
            default -> HubEditView.class;
        };
        ItemEditView page = open("staff/directory/" + item, view);
        java.util.Map<String, Object> fields = FieldValues.map();

        page.form.collect(fields);

        assertThat(page.opened).isNotNull();
        assertThat(page.editing.check(page.kind, fields, false).problems()).isEmpty();
        assertThat(page.editing.check(page.kind, fields, false).value()).isEqualTo(page.opened.record());
    }

    private StaffIdentity identity(String username) {
        return accounts.member(username);
    }

    private static HubService withProvider(HubService s, String provider) {
        return new HubService(s.id(), s.hubIds(), s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                s.cost(), s.access(), s.when(), s.sessions(), s.contact(), provider, s.tags(), s.status(),
                s.statusNote(), s.lastVerified());
    }
}
