package uk.plymouth.wellbeing.signposting.survey.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;
import uk.plymouth.wellbeing.signposting.survey.FollowUpDelay;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/**
 * The two survey jobs: texting follow-up surveys that are due, and erasing old comments.
 *
 * <p>{@link #sendDue()} queues each due follow-up through the {@link Outbox} (which checks opt-outs again when it
 * sends) and erases the number from the follow-up at once: numbers that have opted out get nothing (OPTED_OUT), and
 * follow-ups for a survey no longer offered by text are CANCELLED. Each follow-up is taken with a conditional update
 * in the same transaction as its text, so two instances never text one twice.
 */
@Service
public class SurveyFollowUps {

    private static final Logger log = LoggerFactory.getLogger(SurveyFollowUps.class);
    static final int MAX_SEGMENTS = 2;

    private final JdbcTemplate jdbc;
    private final SurveyDefinitions definitions;
    private final Outbox outbox;
    private final OptOuts optOuts;
    private final SurveyStoreProperties properties;
    private final Clock clock;

    SurveyFollowUps(JdbcTemplate jdbc, SurveyDefinitions definitions, Outbox outbox, OptOuts optOuts,
            SurveyStoreProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.properties = properties;
        this.clock = clock;
    }

    /** What happened to the due follow-ups in one run. */
    public record Run(int queued, int optedOut, int cancelled) {}

    /**
     * Texts every follow-up that is due. Runs daily ({@code hub.surveys.follow-up-cron}, 10am by default: no texts at
     * night).
     */
    @Transactional
    public Run sendDue() {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("select id, phone, survey_id from survey_follow_up where state = 'PENDING'"
                + " and due_at <= ? order by due_at", (rs, row) -> new Due(rs.getObject("id", UUID.class),
                        rs.getString("phone"), rs.getString("survey_id")), Timestamp.from(now));
        int queued = 0;
        int optedOut = 0;
        int cancelled = 0;
        for (Due followUp : due) {
            PhoneNumber phone = new PhoneNumber(followUp.phone());
            Optional<String> text = text(followUp.surveyId());
            if (text.isEmpty()) {
                cancelled += close(followUp.id(), "CANCELLED", now);
            } else if (optOuts.isOptedOut(phone)) {
                optedOut += close(followUp.id(), "OPTED_OUT", now);
            } else if (close(followUp.id(), "SENT", now) == 1) {
                UUID outboxId = outbox.enqueue(new OutgoingText(phone, text.get(), TextPurpose.SURVEY_FOLLOW_UP,
                        null));
                jdbc.update("update survey_follow_up set outbox_id = ? where id = ?", outboxId, followUp.id());
                queued++;
            }
        }
        if (!due.isEmpty()) {
            log.info("Survey follow-ups: {} texts queued, {} opted out, {} cancelled", queued, optedOut, cancelled);
        }
        return new Run(queued, optedOut, cancelled);
    }

    /** Takes a pending follow-up out of the queue and erases its number; 0 when another run took it first. */
    private int close(UUID id, String state, Instant now) {
        return jdbc.update("update survey_follow_up set state = ?, phone = null, closed_at = ?, sent_at = ?"
                + " where id = ? and state = 'PENDING'", state, Timestamp.from(now),
                "SENT".equals(state) ? Timestamp.from(now) : null, id);
    }

    /**
     * The invitation, for a survey still offered by text: "Plymouth Wellbeing Hubs: 8 weeks ago you asked us to check
     * in. Text WELLBEING to answer 7 short questions again. Text STOP to opt out." In text-message characters and at
     * most {@value #MAX_SEGMENTS} messages.
     */
    Optional<String> text(String surveyId) {
        Optional<Survey> current = definitions.current(surveyId).filter(s -> definitions.isOffered(s.id()));
        if (current.isEmpty() || current.get().keyword() == null) {
            return Optional.empty();
        }
        Survey survey = current.get();
        int questions = survey.questions().size();
        String body = "Plymouth Wellbeing Hubs: " + ago(properties.followUpAfter()) + " ago you asked us to check in."
                + " Text " + survey.keyword() + " to answer " + questions + " short question" + (questions == 1 ? ""
                : "s") + " again. Text STOP to opt out.";
        return Optional.of(SmsText.fit(SmsText.toGsm(body), MAX_SEGMENTS));
    }

    /** "8 weeks", "10 days", "1 day". */
    static String ago(Duration after) {
        return FollowUpDelay.of(after).inEnglish();
    }

    /**
     * Erases the words of free-text comments older than {@code hub.surveys.comment-retention} (the answer row and
     * every score stay). Runs nightly ({@code hub.surveys.retention-cron}).
     *
     * @return how many comments it erased
     */
    @Transactional
    public int eraseOldComments() {
        Instant now = clock.instant();
        int erased = jdbc.update("update survey_answer set text = null, text_erased_at = ? where answered_at < ?"
                + " and text_erased_at is null and text is not null", Timestamp.from(now),
                Timestamp.from(now.minus(properties.commentRetention())));
        if (erased > 0) {
            log.info("Erased the words of {} survey comments older than {}", erased, properties.commentRetention());
        }
        return erased;
    }

    private record Due(UUID id, String phone, String surveyId) {}

    /** {@link #sendDue()} on its schedule, on one instance only (the others skip that run). */
    @Scheduled(cron = "${hub.surveys.follow-up-cron:" + SurveyStoreProperties.DEFAULT_FOLLOW_UP_CRON + "}",
            zone = "Europe/London")
    @SchedulerLock(name = "survey-follow-ups", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    @Transactional
    public void sendDueOnSchedule() {
        sendDue();
    }

    /** {@link #eraseOldComments()} on its schedule, on one instance only. */
    @Scheduled(cron = "${hub.surveys.retention-cron:" + SurveyStoreProperties.DEFAULT_RETENTION_CRON + "}",
            zone = "Europe/London")
    @SchedulerLock(name = "survey-comment-retention", lockAtLeastFor = "PT1M")
    @Transactional
    public void eraseOldCommentsOnSchedule() {
        eraseOldComments();
    }
}
