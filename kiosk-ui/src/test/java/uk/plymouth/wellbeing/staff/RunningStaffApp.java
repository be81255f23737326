package uk.plymouth.wellbeing.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port, for staff tests that go through HTTP like a browser ({@link StaffSession}): the
 * {@code test} profile (a private in-memory H2 database per context, the bundled content), a first admin
 * {@value TestStaff#ADMIN} with password {@link TestStaff#ADMIN_PASSWORD}, BCrypt at strength 4 and a failed login
 * answered after 100 ms so logins are quick, no cap on failures from one address (every test comes from 127.0.0.1),
 * and the app's clock replaced by a {@link TestStaff.ClockConfiguration mutable clock} tests can move on.
 *
 * <p>Every test class with this annotation and nothing else that changes the context shares one running app, so tests
 * must not rely on a fresh database: make your own accounts with {@link TestStaff#create}, which gives each a new
 * username, and never lock or disable the first admin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4",
        // every test here logs in from 127.0.0.1: no cap per address, and a short wait after each failure
        "hub.staff.login.failures-per-address=100000",
        "hub.staff.login.failure-time=100ms"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
public @interface RunningStaffApp {}
