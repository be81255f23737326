package uk.plymouth.wellbeing.signposting.staff;

/** What a member of staff may do. Each role can do everything the one before it can. */
public enum StaffRole {
    /** Works the callback queue of their hubs. */
    STAFF,
    /** Staff who also see their hubs' dashboard. */
    HUB_LEAD,
    /** Sees every hub and manages staff accounts and their hubs. */
    ADMIN
}
