package uk.plymouth.wellbeing.signposting.callback.report;

/** A member of staff who is neither a hub lead nor an admin asked for the dashboard. Nothing was read. */
public class DashboardNotPermittedException extends RuntimeException {

    public DashboardNotPermittedException(String username) {
        super("Only hub leads and admins can see the callback dashboard, and '" + username + "' is neither");
    }
}
