package uk.plymouth.wellbeing.signposting.staff.store;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

/**
 * Staff accounts in the database, for the staff feature's facade. Usernames are passed in their stored form
 * ({@link StaffAccount#canonicalUsername(String)}). Changes made through a loaded {@link StaffAccount} are saved when
 * the caller's transaction commits.
 */
@Component
@Transactional
public class StaffStore {

    private final StaffAccountRepository accounts;

    StaffStore(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account with its hubs, for reading. */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return accounts.findByUsername(username);
    }

    /** The account, its row locked until the caller's transaction ends: for every change. */
    public Optional<StaffAccount> findForUpdate(String username) {
        return accounts.findForUpdate(username);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    /** Saves a new account at once, so a clash (the username taken a moment ago) shows here. */
    public void add(StaffAccount account) {
        accounts.saveAndFlush(account);
    }

    /** Every account with its hubs, by username. */
    @Transactional(readOnly = true)
    public List<StaffAccount> all() {
        return accounts.findAllWithHubs();
    }

    @Transactional(readOnly = true)
    public long enabledAdmins() {
        return accounts.countByRoleAndEnabledTrue(StaffRole.ADMIN);
    }
}
