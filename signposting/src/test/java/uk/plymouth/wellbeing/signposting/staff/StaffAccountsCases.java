package uk.plymouth.wellbeing.signposting.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link StaffAccounts} and {@link AdminBootstrap} promise, written once and run on H2 in PostgreSQL mode
 * ({@code StaffAccountsTest}) and on a real PostgreSQL server ({@code StaffAccountsPostgresIT}): the whole signposting
 * context with Flyway's migrations, {@code ddl-auto=validate} and the fixture directory (hubs
 * {@value #FOUR_GREENS} and {@value #JAN_CUTTING}). Every facade call commits on its own, as in production. Each test
 * starts with one admin, {@value #ADA}, made by the bootstrap; the clock starts at Tuesday 24 November 2026, 10am,
 * and tests move it. BCrypt runs at strength 4 to keep the tests quick.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, StaffTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.staff.bcrypt-strength=4",
            "hub.staff.login.failure-time=50ms"
        })
@ExtendWith(OutputCaptureExtension.class)
abstract class StaffAccountsCases {

    static final String FOUR_GREENS = "fixture-four-greens";
    static final String JAN_CUTTING = "fixture-jan-cutting";
    static final String ADA = "ada";
    static final String ADA_PASSWORD = "ada-Tidal-Moss-41";
    static final String PASSWORD = "sam-Kettle-Fern-77";
    static final Instant NOW = SignpostingTestApplication.NOW;
    static final String HOME = "198.51.100.7";
    static final String STRANGER = "203.0.113.5";
    static final String ELSEWHERE = "192.0.2.9";

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffLogins logins;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    StaffTestConfiguration.CountingPasswordEncoder countingEncoder;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottleHousekeeping housekeeping;

    final ExecutorService threads = Executors.newFixedThreadPool(5);

    @BeforeEach
    void startWithOneAdmin() {
        emptyTables();
        clock.set(NOW);
        assertThat(bootstrap.ensureFirstAdmin(ADA, ADA_PASSWORD, true)).isTrue();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    void emptyTables() {
        jdbc.update("delete from staff_login_throttle");
        jdbc.update("delete from staff_hub");
        jdbc.update("delete from staff_account");
    }

    static NewStaff staff(String username, StaffRole role, String... hubIds) {
        return new NewStaff(username, "Name of " + username, role, Set.of(hubIds), PASSWORD);
    }

    String storedHash(String username) {
        return jdbc.queryForObject("select password_hash from staff_account where username = ?", String.class,
                username);
    }

    int rows() {
        return jdbc.queryForObject("select count(*) from staff_account", Integer.class);
    }

    /** Five wrong passwords from an address nobody has logged in from: the account's tries from there must wait. */
    void delay(String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(logins.logIn(username, "wrong-guess-" + i, STRANGER)).isEmpty();
        }
        assertThat(summary(username).locked()).isTrue();
    }

    StaffSummary summary(String username) {
        return accounts.list(ADA).stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow();
    }

    boolean logsIn(String username, String password, String address) {
        return logins.logIn(username, password, address).isPresent();
    }

    @Test
    void strangersOldFailuresAreForgottenNightlyAndFamiliarPlacesStay() {
        assertThat(logsIn(ADA, ADA_PASSWORD, HOME)).isTrue();
        assertThat(logsIn(ADA, "wrong-guess", STRANGER)).isFalse();
        assertThat(logsIn(ADA, "wrong-again", STRANGER)).isFalse();
        int counted = jdbc.queryForObject("select count(*) from staff_login_throttle", Integer.class);

        assertThat(housekeeping.forgetOldFailures()).as("nothing is old yet").isZero();
        clock.advance(java.time.Duration.ofHours(25));
        assertThat(housekeeping.forgetOldFailures()).isEqualTo(counted - 1);

        assertThat(jdbc.queryForList("select familiar from staff_login_throttle", Boolean.class))
                .containsExactly(true);
        assertThat(logsIn(ADA, ADA_PASSWORD, HOME)).isTrue();
    }

    // ---- accounts, roles and hubs ----

    @Test
    void theMigrationsRanAndTheEntitiesMatchTheSchema() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("1", "3");
    }

    @Test
    void anAdminCreatesStaffWhoAreListedWithoutTheirPasswords() {
        StaffSummary sam = accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        accounts.create(ADA, staff("lee", StaffRole.HUB_LEAD, FOUR_GREENS, JAN_CUTTING));

        assertThat(sam).isEqualTo(new StaffSummary("sam", "Name of sam", StaffRole.STAFF, Set.of(FOUR_GREENS), true,
                false, null, 0, null, NOW));
        assertThat(accounts.list(ADA)).extracting(StaffSummary::username, StaffSummary::role, StaffSummary::hubIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada", StaffRole.ADMIN, Set.of()),
                        org.assertj.core.groups.Tuple.tuple("lee", StaffRole.HUB_LEAD, Set.of(FOUR_GREENS, JAN_CUTTING)),
                        org.assertj.core.groups.Tuple.tuple("sam", StaffRole.STAFF, Set.of(FOUR_GREENS)));
        assertThat(Arrays.stream(StaffSummary.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("password") || name.toLowerCase().contains("hash"));
        assertThat(accounts.list(ADA).toString()).doesNotContain(PASSWORD, "{bcrypt}");
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));

        String hash = storedHash("sam");
        assertThat(hash).startsWith("{bcrypt}$2a$04$").isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches("sam-kettle-fern-77", hash)).isFalse();
        assertThat(accounts.forLogin("sam").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(accounts.forLogin("sam").orElseThrow().toString()).doesNotContain(hash);
        // nowhere else in the row either
        Map<String, Object> row = jdbc.queryForMap("select * from staff_account where username = 'sam'");
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(PASSWORD));
        assertThat(passwordEncoder.matches(ADA_PASSWORD, storedHash(ADA))).isTrue();
    }

    @Test
    void usernamesIgnoreCase() {
        StaffSummary sam = accounts.create("ADA", staff("  Sam.Smith ", StaffRole.STAFF, FOUR_GREENS));

        assertThat(sam.username()).isEqualTo("sam.smith");
        assertThat(jdbc.queryForList("select username from staff_account order by username", String.class))
                .containsExactly("ada", "sam.smith");
        assertThat(accounts.forLogin("SAM.SMITH")).map(StaffLogin::username).contains("sam.smith");
        assertThat(accounts.member("Sam.smith").username()).isEqualTo("sam.smith");
        assertThatThrownBy(() -> accounts.create(ADA, staff("SAM.SMITH", StaffRole.STAFF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("username: 'sam.smith' is taken (usernames ignore case)");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesAMixedCaseUsernameEvenPastTheFacade() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, enabled, created_at,
                    updated_at, version)
                values ('Sam', 'Sam', '{bcrypt}x', 'STAFF', true, current_timestamp, current_timestamp, 0)"""))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void rolesAndHubsDecideWhatStaffSee() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        accounts.create(ADA, staff("lee", StaffRole.HUB_LEAD, FOUR_GREENS));

        StaffIdentity sam = accounts.member("sam");
        assertThat(sam).isEqualTo(new StaffIdentity("sam", "Name of sam", StaffRole.STAFF, Set.of(FOUR_GREENS)));
        assertThat(sam.canSee(FOUR_GREENS)).isTrue();
        assertThat(sam.canSee(JAN_CUTTING)).isFalse();
        assertThat(sam.canSeeDashboardOf(FOUR_GREENS)).isFalse();
        StaffIdentity lee = accounts.member("lee");
        assertThat(lee.canSeeDashboardOf(FOUR_GREENS)).isTrue();
        assertThat(lee.canSeeDashboardOf(JAN_CUTTING)).isFalse();
        StaffIdentity ada = accounts.member(ADA);
        assertThat(ada.isAdmin()).isTrue();
        assertThat(ada.canSee(JAN_CUTTING)).isTrue();
        assertThat(ada.canSeeDashboardOf(JAN_CUTTING)).isTrue();

        accounts.setHubs(ADA, "sam", Set.of(JAN_CUTTING));
        accounts.setRole(ADA, "SAM", StaffRole.HUB_LEAD);

        StaffIdentity moved = accounts.member("sam");
        assertThat(moved.role()).isEqualTo(StaffRole.HUB_LEAD);
        assertThat(moved.canSee(FOUR_GREENS)).isFalse();
        assertThat(moved.canSeeDashboardOf(JAN_CUTTING)).isTrue();
        assertThat(accounts.forLogin("sam").orElseThrow().hubIds()).containsExactly(JAN_CUTTING);
        assertThat(jdbc.queryForList("select hub_id from staff_hub", String.class))
                .containsExactlyInAnyOrder(FOUR_GREENS, JAN_CUTTING);
    }

    @Test
    void refusesHubsThatAreNotInTheDirectory() {
        assertThatThrownBy(() -> accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS, "no-such-hub")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hubIds: there is no hub 'no-such-hub' in the directory");
        assertThat(rows()).isEqualTo(1);

        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        assertThatThrownBy(() -> accounts.setHubs(ADA, "sam", Set.of("no-such-hub")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.member("sam").hubIds()).containsExactly(FOUR_GREENS);
    }

    @Test
    void refusesAWeakFirstPassword() {
        NewStaff weak = new NewStaff("sam.smith.plymouth", "Sam", StaffRole.STAFF, Set.of(), "Sam.Smith.Plymouth");

        assertThatThrownBy(() -> accounts.create(ADA, weak)).isInstanceOf(WeakPasswordException.class)
                .hasMessage("password is too weak: it is the same as the username");
        assertThat(rows()).isEqualTo(1);
    }

    // ---- logging in, and failed logins slowing further tries down ----

    @Test
    void fiveFailuresFromOnePlaceDelayItsNextTryThirtySecondsThenDoublingUpToFifteenMinutes() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        for (int i = 0; i < 4; i++) {
            assertThat(logsIn("sam", "wrong-" + i, STRANGER)).isFalse();
        }
        assertThat(summary("sam").locked()).isFalse();
        assertThat(logsIn("sam", "wrong-4", STRANGER)).isFalse();
        Instant fifth = clock.instant();
        assertThat(summary("sam").lockedUntil()).isEqualTo(fifth.plusSeconds(30));

        // the right password too soon is refused, and does not lengthen the delay
        assertThat(logsIn("sam", PASSWORD, STRANGER)).isFalse();
        clock.advance(Duration.ofSeconds(29));
        assertThat(logsIn("sam", PASSWORD, STRANGER)).isFalse();
        assertThat(summary("sam").lockedUntil()).isEqualTo(fifth.plusSeconds(30));

        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clock.set(summary("sam").lockedUntil());
            assertThat(logsIn("sam", "wrong-again-" + i, STRANGER)).isFalse();
            delays.add(Duration.between(clock.instant(), summary("sam").lockedUntil()));
        }
        assertThat(delays).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(15));

        clock.set(summary("sam").lockedUntil());
        assertThat(logsIn("sam", PASSWORD, STRANGER)).isTrue();
        assertThat(summary("sam").lastLoginAt()).isEqualTo(clock.instant());
    }

    @Test
    void anAttackersFailuresDoNotKeepTheRealUserOutOfTheirUsualPlace() {
        accounts.create(ADA, staff("sam", StaffRole.ADMIN));
        assertThat(logsIn("sam", PASSWORD, HOME)).isTrue();

        // one attacker guessing from one address, then many addresses together
        for (int i = 0; i < 12; i++) {
            logins.logIn("sam", "guess-" + i, STRANGER);
        }
        for (int address = 1; address <= 20; address++) {
            for (int i = 0; i < 3; i++) {
                logins.logIn("sam", "guess-" + address + "-" + i, "203.0.113." + (100 + address));
            }
        }
        assertThat(summary("sam").locked()).isTrue();

        assertThat(logsIn("sam", PASSWORD, HOME)).as("from the usual place").isTrue();
        assertThat(logsIn("sam", PASSWORD, ELSEWHERE)).as("from a new place, while strangers are slowed").isFalse();
        assertThat(logsIn("sam", PASSWORD, STRANGER)).as("from the attacker's address").isFalse();
    }

    @Test
    void failuresFromOneAddressAreCappedWhateverTheUsername() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        for (int i = 0; i < 30; i++) {
            assertThat(logsIn("someone-" + i, "password-" + i, STRANGER)).isFalse();
        }

        assertThat(logsIn("sam", PASSWORD, STRANGER)).as("a new name from that address").isFalse();
        assertThat(logsIn("sam", PASSWORD, ELSEWHERE)).as("the same from elsewhere").isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(logsIn("sam", PASSWORD, STRANGER)).as("after the window").isTrue();
    }

    @Test
    void aFamiliarPlaceIsNotHeldUpByOthersAtTheSameAddress() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        assertThat(logsIn("sam", PASSWORD, HOME)).isTrue();
        for (int i = 0; i < 40; i++) {
            logins.logIn("someone-" + i, "password-" + i, HOME);
        }

        assertThat(logsIn("sam", PASSWORD, HOME)).isTrue();
    }

    @Test
    void everyFailureChecksOnePasswordAndTakesAtLeastTheSameTime() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        accounts.create(ADA, staff("dee", StaffRole.STAFF, FOUR_GREENS));
        accounts.disable(ADA, "dee");
        accounts.create(ADA, staff("kit", StaffRole.STAFF, FOUR_GREENS));
        delay("kit");
        logsIn("warm-up", "stand-in hash made", ELSEWHERE);

        Map<String, Runnable> failures = Map.of(
                "unknown username", () -> logins.logIn("nobody-here", PASSWORD, ELSEWHERE),
                "wrong password", () -> logins.logIn("sam", "not-the-password", ELSEWHERE),
                "disabled account, right password", () -> logins.logIn("dee", PASSWORD, ELSEWHERE),
                "delayed account, right password", () -> logins.logIn("kit", PASSWORD, STRANGER));
        failures.forEach((what, failure) -> {
            long checksBefore = countingEncoder.matches.get();
            long started = System.nanoTime();
            failure.run();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(countingEncoder.matches.get() - checksBefore).as(what).isEqualTo(1);
            assertThat(millis).as(what).isGreaterThanOrEqualTo(50);
        });
    }

    @Test
    void anAdminClearsTheDelayAtOnce() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        delay("sam");
        assertThat(logsIn("sam", PASSWORD, STRANGER)).isFalse();

        StaffSummary cleared = accounts.unlock(ADA, "sam");

        assertThat(cleared.locked()).isFalse();
        assertThat(cleared.failedLogins()).isZero();
        assertThat(logsIn("sam", PASSWORD, STRANGER)).isTrue();
    }

    @Test
    void aSuccessfulLoginStartsThatPlacesCountAgain() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        for (int i = 0; i < 4; i++) {
            logsIn("sam", "wrong-" + i, HOME);
        }

        assertThat(logsIn("Sam", PASSWORD, HOME)).isTrue();

        for (int i = 0; i < 4; i++) {
            assertThat(logsIn("sam", "wrong-again-" + i, HOME)).isFalse();
        }
        assertThat(logsIn("sam", PASSWORD, HOME)).isTrue();
    }

    @Test
    void anUnknownUsernameIsKeptNowhereAndNeverLogged(CapturedOutput output) {
        int before = rows();

        for (int i = 0; i < 10; i++) {
            assertThat(logsIn("Nobody-Here", PASSWORD, ELSEWHERE)).isFalse();
        }

        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from staff_login_throttle where throttle_key like"
                + " '%nobody%' or username is not null", Integer.class)).isZero();
        assertThat(output.getAll()).contains("Failed staff login for an unknown username")
                .doesNotContainIgnoringCase("nobody-here");
    }

    @Test
    void failedLoginsAtTheSameMomentAreAllCounted() throws Exception {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int guess = i;
            results.add(threads.submit(() -> {
                start.await();
                return logsIn("sam", "guess-" + guess, STRANGER);
            }));
        }

        start.countDown();

        for (Future<Boolean> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isFalse();
        }
        assertThat(summary("sam").failedLogins()).isEqualTo(5);
        assertThat(summary("sam").locked()).isTrue();
    }

    @Test
    void disabledStaffCannotLogInUntilEnabledAgain() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));

        assertThat(accounts.disable(ADA, "sam").enabled()).isFalse();

        assertThat(accounts.forLogin("sam").orElseThrow().enabled()).isFalse();
        assertThat(logsIn("sam", PASSWORD, HOME)).isFalse();
        assertThat(accounts.enable(ADA, "sam").enabled()).isTrue();
        assertThat(logins.logIn("SAM", PASSWORD, HOME)).map(StaffLogin::role).contains(StaffRole.STAFF);
    }

    @Test
    void staffChangeTheirOwnPassword() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        String newPassword = "Heron-Quay-Lantern-8";

        assertThat(accounts.changeOwnPassword("sam", "not-my-password", newPassword)).isFalse();
        assertThat(accounts.list(ADA)).filteredOn(s -> s.username().equals("sam")).singleElement()
                .extracting(StaffSummary::failedLogins).isEqualTo(1);
        assertThatThrownBy(() -> accounts.changeOwnPassword("sam", PASSWORD, PASSWORD))
                .isInstanceOf(WeakPasswordException.class).hasMessageContaining("the same as the current password");
        assertThatThrownBy(() -> accounts.changeOwnPassword("sam", PASSWORD, "Welcome2026!!"))
                .isInstanceOf(WeakPasswordException.class).hasMessageNotContaining("Welcome2026!!");
        assertThat(passwordEncoder.matches(PASSWORD, storedHash("sam"))).isTrue();

        assertThat(accounts.changeOwnPassword("SAM", PASSWORD, newPassword)).isTrue();

        assertThat(passwordEncoder.matches(newPassword, storedHash("sam"))).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, storedHash("sam"))).isFalse();
    }

    @Test
    void guessingTheCurrentPasswordIsSlowedDown() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.changeOwnPassword("sam", "guess-number-" + i, "Heron-Quay-Lantern-8")).isFalse();
        }

        assertThat(summary("sam").locked()).isTrue();
        // even the right one, while delayed
        assertThat(accounts.changeOwnPassword("sam", PASSWORD, "Heron-Quay-Lantern-8")).isFalse();
        assertThat(passwordEncoder.matches(PASSWORD, storedHash("sam"))).isTrue();
    }

    // ---- only admins manage staff ----

    @Test
    void staffHubLeadsAndStrangersCannotManageStaff() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        accounts.create(ADA, staff("lee", StaffRole.HUB_LEAD, FOUR_GREENS));
        List<StaffSummary> before = accounts.list(ADA);
        String hash = storedHash("sam");

        for (String actor : List.of("sam", "lee", "nobody")) {
            assertRefused(() -> accounts.create(actor, staff("kim", StaffRole.ADMIN, FOUR_GREENS)));
            assertRefused(() -> accounts.setHubs(actor, "sam", Set.of(JAN_CUTTING)));
            assertRefused(() -> accounts.setRole(actor, actor.equals("nobody") ? "sam" : actor, StaffRole.ADMIN));
            assertRefused(() -> accounts.disable(actor, ADA));
            assertRefused(() -> accounts.enable(actor, "sam"));
            assertRefused(() -> accounts.resetPassword(actor, "sam", "Heron-Quay-Lantern-8"));
            assertRefused(() -> accounts.unlock(actor, "sam"));
            assertRefused(() -> accounts.list(actor));
        }

        assertThat(accounts.list(ADA)).isEqualTo(before);
        assertThat(storedHash("sam")).isEqualTo(hash);
    }

    @Test
    void aDisabledAdminCannotManageStaffButOneWhoseLoginsAreDelayedStillCan() {
        accounts.create(ADA, staff("bob", StaffRole.ADMIN));
        accounts.disable(ADA, "bob");
        assertRefused(() -> accounts.list("bob"));

        accounts.enable(ADA, "bob");
        delay("bob");
        assertThat(accounts.list("bob")).hasSize(2);
    }

    @Test
    void thereIsAlwaysAnEnabledAdmin() {
        assertThatThrownBy(() -> accounts.disable(ADA, ADA)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Disabling ada would leave no enabled admin: make someone else an admin first");
        assertThatThrownBy(() -> accounts.setRole(ADA, ADA, StaffRole.HUB_LEAD))
                .isInstanceOf(IllegalStateException.class);

        accounts.create(ADA, staff("bob", StaffRole.ADMIN));
        accounts.setRole(ADA, ADA, StaffRole.STAFF);

        assertThat(accounts.member(ADA).isAdmin()).isFalse();
        assertThatThrownBy(() -> accounts.disable("bob", "bob")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resettingAPasswordChecksItAndClearsFailedLogins() {
        accounts.create(ADA, staff("sam", StaffRole.STAFF, FOUR_GREENS));
        delay("sam");

        assertThatThrownBy(() -> accounts.resetPassword(ADA, "sam", "Fern77")).isInstanceOf(WeakPasswordException.class)
                .hasMessage("password is too weak: it is shorter than 12 characters");
        assertThat(summary("sam").locked()).isTrue();

        StaffSummary reset = accounts.resetPassword(ADA, "sam", "Heron-Quay-Lantern-8");

        assertThat(reset.locked()).isFalse();
        assertThat(passwordEncoder.matches("Heron-Quay-Lantern-8", storedHash("sam"))).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, storedHash("sam"))).isFalse();
    }

    @Test
    void unknownUsernamesAreNotFound() {
        assertThatThrownBy(() -> accounts.member("nobody")).isInstanceOf(StaffNotFoundException.class);
        assertThatThrownBy(() -> accounts.setRole(ADA, "nobody", StaffRole.STAFF))
                .isInstanceOf(StaffNotFoundException.class);
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotPermittedException.class)
                .hasMessageStartingWith("Only an admin can manage staff accounts");
    }

    // ---- the first admin ----

    @Test
    void theFirstStartCreatesTheAdminFromTheEnvironment() {
        emptyTables();

        assertThat(bootstrap.ensureFirstAdmin("  Ada ", ADA_PASSWORD, true)).isTrue();

        StaffLogin ada = accounts.forLogin(ADA).orElseThrow();
        assertThat(ada.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(ada.enabled()).isTrue();
        assertThat(passwordEncoder.matches(ADA_PASSWORD, ada.passwordHash())).isTrue();
        assertThat(accounts.member(ADA).displayName()).isEqualTo("Administrator");
    }

    @Test
    void laterStartsNeitherOverwriteNorAdd() {
        assertThat(bootstrap.ensureFirstAdmin(ADA, "Another-Strong-Pass-9", true)).isFalse();
        assertThat(bootstrap.ensureFirstAdmin("eve", "Another-Strong-Pass-9", true)).isFalse();
        // and nothing is required of the variables any more
        assertThat(bootstrap.ensureFirstAdmin(null, null, true)).isFalse();
        assertThat(bootstrap.ensureFirstAdmin(ADA, "weak", true)).isFalse();

        assertThat(rows()).isEqualTo(1);
        assertThat(passwordEncoder.matches(ADA_PASSWORD, storedHash(ADA))).isTrue();
    }

    @Test
    void aStrictFirstStartRefusesAMissingPassword() {
        emptyTables();

        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> bootstrap.ensureFirstAdmin(ADA, missing, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ADMIN_PASSWORD (hub.staff.admin-password) is not set");
        }
        assertThatThrownBy(() -> bootstrap.ensureFirstAdmin(null, ADA_PASSWORD, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_USERNAME")
                .hasMessageNotContaining(ADA_PASSWORD);
        assertThatThrownBy(() -> bootstrap.ensureFirstAdmin(null, null, true))
                .hasMessageContaining("ADMIN_USERNAME and ADMIN_PASSWORD are not set");
        assertThat(rows()).isZero();
    }

    @Test
    void aStrictFirstStartRefusesAWeakPasswordWithoutShowingIt(CapturedOutput output) {
        emptyTables();

        Map<String, String> weak = Map.of(
                "Tidal-Moss4", "it is shorter than 12 characters",
                "Password123!", "it is one of the commonest passwords",
                "ada.lovelace1", "it is the same as the username");
        weak.forEach((password, reason) -> assertThatThrownBy(
                () -> bootstrap.ensureFirstAdmin("ada.lovelace", password, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ADMIN_PASSWORD (hub.staff.admin-password) is too weak for the first admin")
                .hasMessageContaining(reason)
                .hasMessageNotContaining(password));

        assertThat(rows()).isZero();
        assertThat(output.getAll()).doesNotContain(weak.keySet());
    }

    @Test
    void aStrictFirstStartRefusesAnInvalidUsername() {
        emptyTables();

        assertThatThrownBy(() -> bootstrap.ensureFirstAdmin("ada lovelace", ADA_PASSWORD, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ADMIN_USERNAME (hub.staff.admin-username) will not do for the first admin");
        assertThat(rows()).isZero();
    }

    @Test
    void aRelaxedFirstStartWarnsWhenUnsetAndUsesAWeakPassword(CapturedOutput output) {
        emptyTables();

        assertThat(bootstrap.ensureFirstAdmin(null, null, false)).isFalse();
        assertThat(rows()).isZero();
        assertThat(output.getAll()).contains("WARN").contains("no staff can log in");

        assertThat(bootstrap.ensureFirstAdmin(ADA, "Password123!", false)).isTrue();

        assertThat(accounts.member(ADA).isAdmin()).isTrue();
        assertThat(output.getAll()).contains("ADMIN_PASSWORD (hub.staff.admin-password) is too weak")
                .doesNotContain("Password123!");
    }
}
