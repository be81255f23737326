package uk.plymouth.wellbeing.staff;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.plymouth.wellbeing.signposting.staff.LoginThrottleProperties;

/**
 * The staff login. Spring Security checks the form; an unknown username, a wrong password, a disabled account and a
 * try made too soon after others failed all get the same message, so the screen never tells a stranger which
 * usernames exist or whether they are being slowed down.
 */
@Route(LoginView.ROUTE)
@PageTitle("Staff login - Wellbeing Hubs")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "staff/login";
    static final String PATH = "/" + ROUTE;

    private final LoginForm form = new LoginForm();
    final Paragraph expired = new Paragraph("The login page had been open too long, so you were not logged in."
            + " Please enter your username and password again.");

    LoginView(LoginThrottleProperties login) {
        addClassName("staff-login");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(words(login));
        expired.addClassName("staff-login-expired");
        expired.getElement().setAttribute("role", "alert");
        expired.setVisible(false);
        add(new H1("Wellbeing Hubs staff"), expired, form,
                new Paragraph("Forgotten your password, or locked out? Ask your hub's admin to reset it."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        expired.setVisible(parameters.containsKey("expired"));
    }

    private static LoginI18n words(LoginThrottleProperties login) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Log in");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Could not log you in");
        error.setMessage("Check your username and password and try again. After " + login.freeFailures()
                + " wrong tries, logging in from here waits a while before it checks again (longer after each"
                + " wrong try), so if you are sure they were right, wait a few minutes.");
        error.setUsername("Enter your username");
        error.setPassword("Enter your password");
        i18n.setErrorMessage(error);
        return i18n;
    }
}
