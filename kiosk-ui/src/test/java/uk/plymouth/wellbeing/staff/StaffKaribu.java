package uk.plymouth.wellbeing.staff;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * Staff screens without a browser (Karibu-Testing) over the real Spring context, as a given member of staff: the
 * Spring {@link SecurityContext} (read by Vaadin's {@code AuthenticationContext}, hence {@link CurrentStaff}) and the
 * mock request's principal and roles (read by Vaadin's navigation access control, which enforces
 * {@code @RolesAllowed}) both say who is logged in, as Spring Security's filters would after a form login.
 *
 * <pre>{@code
 * @BeforeEach void setUp() { StaffKaribu.start(context, TestStaff.ADMIN, StaffRole.ADMIN, StaffAccountsView.class); }
 * @AfterEach void tearDown() { StaffKaribu.stop(); }
 * }</pre>
 *
 * The account must exist ({@link TestStaff#create}, or the first admin): the staff layout reads it from the database.
 */
public final class StaffKaribu {

    private static final Function1<FakeHttpSession, FakeRequest>
            PLAIN_REQUESTS = MockVaadin.getMockRequestFactory();

    private StaffKaribu() {}

    /**
     * Logs in and opens a mock Vaadin session that knows the given views, the staff layout and the login view.
     *
     * @param role the role Spring Security would grant ({@code ROLE_} + name), as {@link StaffAuthentication} does
     */
    @SafeVarargs
    public static void start(ApplicationContext context, String username, StaffRole role,
            Class<? extends Component>... views) {
        String authority = "ROLE_" + role.name();
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(authority)));
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(login);
        SecurityContextHolder.setContext(security);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(login);
            request.setUserInRole((principal, askedRole) -> authority.equals("ROLE_" + askedRole)
                    || authority.equals(askedRole));
            return request;
        });
        Set<Class<? extends Component>> routes = new HashSet<>(Set.of(views));
        routes.add(LoginView.class);
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(routes, Set.of(), true), context, uiFactory));
    }

    /** Closes the mock session and forgets who was logged in. */
    public static void stop() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(PLAIN_REQUESTS);
        SecurityContextHolder.clearContext();
    }
}
