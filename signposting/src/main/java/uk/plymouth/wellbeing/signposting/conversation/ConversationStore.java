package uk.plymouth.wellbeing.signposting.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.database.DatabaseKind;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Each number's {@link ConversationState} in the table {@code sms_conversation}. A conversation idle longer than
 * {@code hub.conversation.idle-expiry} comes back as {@link Step#EXPIRED}, with everything in it erased; the sweep
 * erases such rows without waiting for a text and deletes them after {@code hub.conversation.forget-after}.
 */
@Repository
@Transactional
class ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);
    private static final String COLUMNS = "step, results, shown, near_hub_id, urgent, crisis_kind, first_name,"
            + " about_text, best_time, survey_id, survey_version, survey_hub_id, survey_answers, details_item_id,"
            + " details_hub_id, ring_number, updated_at";
    private static final String PLACES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final JdbcTemplate jdbc;
    private final ConversationProperties properties;
    private final Clock clock;
    /** One statement that inserts or updates, safe when two texts from one number arrive at once. */
    private final String upsert;

    ConversationStore(JdbcTemplate jdbc, DatabaseKind kind, ConversationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.upsert = kind == DatabaseKind.POSTGRES
                ? "insert into sms_conversation (" + COLUMNS + ", phone) values (" + PLACES + ") on conflict (phone)"
                        + " do update set " + Arrays.stream(COLUMNS.split(",")).map(String::strip)
                                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                // H2's own atomic form (it has no ON CONFLICT ... DO UPDATE)
                : "merge into sms_conversation (" + COLUMNS + ", phone) key (phone) values (" + PLACES + ")";
    }

    /** The number's conversation; {@link Step#EXPIRED} when it went idle too long; empty when there is none. */
    Optional<ConversationState> find(PhoneNumber phone) {
        List<Stored> rows = jdbc.query("select " + COLUMNS + " from sms_conversation where phone = ?",
                (rs, n) -> stored(rs), phone.e164());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stored row = rows.get(0);
        Instant now = clock.instant();
        if (row.updatedAt.plus(properties.forgetAfter()).isBefore(now)) {
            forget(phone);
            return Optional.empty();
        }
        if (row.state.step() == Step.EXPIRED || row.updatedAt.plus(properties.idleExpiry()).isBefore(now)) {
            @Nullable SurveyInProgress survey = row.state.survey();
            erase(phone, row.updatedAt, survey == null ? null : survey.surveyId());
            return Optional.of(ConversationState.expired(survey == null ? null : survey.surveyId()));
        }
        return Optional.of(row.state);
    }

    /** The number's conversation as the next text reads it: a fresh one when there is none or it expired. */
    ConversationState current(PhoneNumber phone) {
        return find(phone).filter(state -> state.step() != Step.EXPIRED).orElseGet(ConversationState::fresh);
    }

    /** Saves the state as of now (so the idle time starts again). */
    void save(PhoneNumber phone, ConversationState state) {
        @Nullable SurveyInProgress survey = state.survey();
        @Nullable Result sent = state.detailsSent();
        Object[] values = {state.step().name(), results(state.results()), state.shown(), state.nearHubId(),
            state.urgent(), state.crisis() == null ? null : state.crisis().id(), state.firstName(), state.aboutText(),
            state.bestTime() == null ? null : state.bestTime().name(),
            survey == null ? null : survey.surveyId(), survey == null ? null : survey.version(),
            survey == null ? null : survey.hubId(), survey == null ? null : survey.answersColumn(),
            sent == null ? null : sent.itemId(), sent == null ? null : sent.hubId(), state.ringNumber(),
            Timestamp.from(clock.instant()), phone.e164()};
        jdbc.update(upsert, values);
    }

    /** Deletes the number's conversation, e.g. after STOP. */
    void forget(PhoneNumber phone) {
        jdbc.update("delete from sms_conversation where phone = ?", phone.e164());
    }

    /** Erases what idle conversations hold and deletes the ones idle past forget-after; returns rows changed. */
    public int sweep() {
        Instant now = clock.instant();
        int deleted = jdbc.update("delete from sms_conversation where updated_at < ?",
                Timestamp.from(now.minus(properties.forgetAfter())));
        int erased = jdbc.update("update sms_conversation set step = 'EXPIRED', results = null, shown = 0,"
                + " near_hub_id = null, urgent = false, crisis_kind = null, first_name = null, about_text = null,"
                + " best_time = null, survey_version = null, survey_hub_id = null, survey_answers = null,"
                + " details_item_id = null, details_hub_id = null, ring_number = null where step <> 'EXPIRED'"
                + " and updated_at < ?", Timestamp.from(now.minus(properties.idleExpiry())));
        if (deleted + erased > 0) {
            log.info("Idle text conversations: {} erased, {} forgotten", erased, deleted);
        }
        return deleted + erased;
    }

    /** {@link #sweep()} on its schedule, on one instance at a time. */
    @Scheduled(fixedDelayString = "${hub.conversation.sweep-every:5m}")
    @SchedulerLock(name = "conversation-sweep", lockAtLeastFor = "PT30S")
    public void sweepOnSchedule() {
        sweep();
    }

    /** Erases everything but the id of a survey it was in the middle of (not personal: which survey it was). */
    private void erase(PhoneNumber phone, Instant keepTime, @Nullable String surveyId) {
        update(new Object[] {Step.EXPIRED.name(), null, 0, null, false, null, null, null, null, surveyId, null, null,
            null, null, null, null, Timestamp.from(keepTime), phone.e164()});
    }

    private int update(Object[] values) {
        return jdbc.update("update sms_conversation set step = ?, results = ?, shown = ?, near_hub_id = ?,"
                + " urgent = ?, crisis_kind = ?, first_name = ?, about_text = ?, best_time = ?, survey_id = ?,"
                + " survey_version = ?, survey_hub_id = ?, survey_answers = ?, details_item_id = ?,"
                + " details_hub_id = ?, ring_number = ?, updated_at = ? where phone = ?", values);
    }

    private record Stored(ConversationState state, Instant updatedAt) {}

    private static Stored stored(ResultSet rs) throws SQLException {
        String bestTime = rs.getString("best_time");
        ConversationState state = new ConversationState(Step.valueOf(rs.getString("step")),
                results(rs.getString("results")), rs.getInt("shown"), rs.getString("near_hub_id"),
                rs.getBoolean("urgent"), crisisKind(rs.getString("crisis_kind")), rs.getString("first_name"),
                rs.getString("about_text"), bestTime == null ? null : BestTime.valueOf(bestTime), survey(rs),
                detailsSent(rs), rs.getString("ring_number"));
        return new Stored(state, rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable CrisisKind crisisKind(@Nullable String id) {
        return id == null ? null : CrisisKind.fromId(id).orElse(null);
    }

    private static @Nullable Result detailsSent(ResultSet rs) throws SQLException {
        String itemId = rs.getString("details_item_id");
        String hubId = rs.getString("details_hub_id");
        return itemId == null || hubId == null ? null : new Result(itemId, hubId, null);
    }

    private static @Nullable SurveyInProgress survey(ResultSet rs) throws SQLException {
        String surveyId = rs.getString("survey_id");
        if (surveyId == null) {
            return null;
        }
        return new SurveyInProgress(surveyId, rs.getInt("survey_version"), rs.getString("survey_hub_id"),
                SurveyInProgress.answersFrom(rs.getString("survey_answers")));
    }

    /** "item hub km;item hub -": ids never hold spaces or semicolons. */
    private static @Nullable String results(List<Result> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        for (Result result : results) {
            entries.add(result.itemId() + " " + result.hubId() + " "
                    + (result.distanceKm() == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f",
                            result.distanceKm())));
        }
        return String.join(";", entries);
    }

    private static List<Result> results(@Nullable String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        for (String entry : stored.split(";")) {
            String[] parts = entry.split(" ");
            if (parts.length == 3) {
                results.add(new Result(parts[0], parts[1], parts[2].equals("-") ? null : Double.valueOf(parts[2])));
            }
        }
        return results;
    }
}
