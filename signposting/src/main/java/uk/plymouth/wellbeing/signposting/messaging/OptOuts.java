package uk.plymouth.wellbeing.signposting.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.database.DatabaseKind;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who asked us to stop texting them. Every outbound text is checked here at the moment it is sent, whatever sent it
 * (replies, confirmations, staff, surveys), so a STOP is obeyed at once and everywhere; START lifts it.
 */
@Service
@Transactional
public class OptOuts {

    private static final Logger log = LoggerFactory.getLogger(OptOuts.class);
    static final int MAX_HOW = 40;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Adds a row unless the number has one: never fails on a second report at the same moment. */
    private final String addUnlessThere;

    OptOuts(JdbcTemplate jdbc, DatabaseKind kind, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // a caught unique-key error would leave PostgreSQL's transaction aborted, and the caller's next write with
        // it (a delivery report's), so PostgreSQL skips the conflict itself; H2 has no ON CONFLICT, but a failed
        // statement there leaves the transaction usable, so the same moment's duplicate is caught instead
        String insert = "insert into sms_opt_out (phone, opted_out_at, how) select ?, ?, ? where not exists"
                + " (select 1 from sms_opt_out where phone = ?)";
        this.addUnlessThere = kind == DatabaseKind.POSTGRES ? insert + " on conflict (phone) do nothing" : insert;
    }

    /** Whether no text may go to this number. */
    @Transactional(readOnly = true)
    public boolean isOptedOut(PhoneNumber phone) {
        return optedOutAt(phone).isPresent();
    }

    /** When they opted out, if they have. */
    @Transactional(readOnly = true)
    public Optional<Instant> optedOutAt(PhoneNumber phone) {
        List<Timestamp> at = jdbc.queryForList("select opted_out_at from sms_opt_out where phone = ?",
                Timestamp.class, phone.e164());
        return at.stream().findFirst().map(Timestamp::toInstant);
    }

    /**
     * Records an opt-out.
     *
     * @param how what did it, e.g. "STOP", "plain words", "carrier 21610" (cut to 40 characters)
     * @return true if they were not opted out before (so a confirmation is due), false if they already were
     */
    public boolean optOut(PhoneNumber phone, String how) {
        String reason = how.length() <= MAX_HOW ? how : how.substring(0, MAX_HOW);
        int added;
        try {
            added = jdbc.update(addUnlessThere, phone.e164(), Timestamp.from(clock.instant()), reason, phone.e164());
        } catch (DuplicateKeyException sameMomentOnH2) {
            return false;
        }
        if (added == 1) {
            log.info("{} opted out of texts ({})", phone.masked(), reason);
        }
        return added == 1;
    }

    /** Lifts an opt-out; true if there was one. */
    public boolean optIn(PhoneNumber phone) {
        boolean lifted = jdbc.update("delete from sms_opt_out where phone = ?", phone.e164()) == 1;
        if (lifted) {
            log.info("{} opted back in to texts", phone.masked());
        }
        return lifted;
    }
}
