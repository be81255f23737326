package uk.plymouth.wellbeing.signposting.staff;

/** There is no staff account with that username (in any case). */
public class StaffNotFoundException extends RuntimeException {

    public StaffNotFoundException(String username) {
        super("There is no staff account '" + username + "'");
    }
}
