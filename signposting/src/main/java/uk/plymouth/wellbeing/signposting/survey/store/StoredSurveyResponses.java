package uk.plymouth.wellbeing.signposting.survey.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * Records finished surveys: checks, scores and stores each response with its answers, the version's fingerprint and
 * its score, in one transaction, so a stored score is always the one worked out by the version that was asked (a
 * later survey file never changes it).
 *
 * <p>What may be recorded:
 * <ul>
 *   <li>the hub must be in the directory, and the survey offered now ({@link SurveyDefinitions#isOffered}: a survey
 *       switched off, for instance until its licence is in place, takes no responses by any channel);</li>
 *   <li>{@link SurveyChannel#KIOSK} and {@link SurveyChannel#SMS} must use the current version, the only one they
 *       ask; {@link SurveyChannel#STAFF_ASSISTED} may use any kept version, for paper forms printed before a change;
 *       </li>
 *   <li>{@code enteredBy} is required for staff-assisted responses and refused for the others.</li>
 * </ul>
 *
 * <p>Follow-up: with a {@code followUpPhone} (a mobile number) the response gets the number's
 * {@link FollowUpKeys keyed hash}, never the number. The first response to a survey with that key (and a texting
 * keyword) also books a follow-up text {@code hub.surveys.follow-up-after} later ({@link SurveyFollowUps}); a later
 * response with the same key is the "after" of a before/after pair and cancels a follow-up still waiting.
 */
@Service
public class StoredSurveyResponses implements SurveyResponses {

    private static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");

    private static final Logger log = LoggerFactory.getLogger(StoredSurveyResponses.class);
    static final int MAX_ENTERED_BY = 100;
    static final int MAX_LANGUAGE = 10;

    private final JdbcTemplate jdbc;
    private final SurveyDefinitions definitions;
    private final SurveyScorer scorer;
    private final Catalogue catalogue;
    private final FollowUpKeys keys;
    private final SurveyStoreProperties properties;
    private final Clock clock;

    StoredSurveyResponses(JdbcTemplate jdbc, SurveyDefinitions definitions, SurveyScorer scorer, Catalogue catalogue,
            FollowUpKeys keys, SurveyStoreProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.scorer = scorer;
        this.catalogue = catalogue;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SurveyReceipt record(NewSurveyResponse response) {
        Survey survey = askedVersion(response);
        if (catalogue.hub(response.hubId()).isEmpty()) {
            throw new IllegalArgumentException("There is no hub \"" + response.hubId() + "\"");
        }
        if (response.language().isBlank() || response.language().length() > MAX_LANGUAGE) {
            throw new IllegalArgumentException("A response needs the language it was asked in (\"en\")");
        }
        String enteredBy = enteredBy(response);
        PhoneNumber phone = response.followUpPhone();
        if (phone != null && !phone.isMobile()) {
            throw new IllegalArgumentException("A follow-up survey is texted, so it needs a mobile number");
        }
        SurveyResult result = scorer.score(survey, response.answers());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant answeredAt = answeredAt(response, now);
        String key = phone == null ? null : keys.keyFor(phone);
        boolean earlier = key != null && hasEarlierResponse(key, survey.id());
        jdbc.update("insert into survey_response (id, survey_id, version, fingerprint, hub_id, channel, language,"
                + " answered_at, raw_score, metric_score, band_id, follow_up_key, entered_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, survey.id(), survey.version(),
                survey.fingerprint(), response.hubId(), response.channel().name(), response.language(),
                Timestamp.from(answeredAt), result.raw(), result.metric(), result.bandId(), key, enteredBy);
        List<Object[]> answers = new ArrayList<>();
        for (Answer answer : response.answers()) {
            answers.add(new Object[] {id, answer.questionId(), answer.value(), answer.text(), survey.id(),
                survey.version(), response.hubId(), Timestamp.from(answeredAt)});
        }
        jdbc.batchUpdate("insert into survey_answer (response_id, question_id, answer_value, text, survey_id, version,"
                + " hub_id, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)", answers);
        SurveyReceipt.FollowUp followUp = SurveyReceipt.FollowUp.NONE;
        if (key != null && phone != null) {
            if (earlier) {
                followUp = SurveyReceipt.FollowUp.LINKED;
                int cancelled = jdbc.update("update survey_follow_up set state = 'CANCELLED', phone = null,"
                        + " closed_at = ? where follow_up_key = ? and survey_id = ? and state = 'PENDING'",
                        Timestamp.from(now), key, survey.id());
                log.debug("Response {} answers a follow-up ({} waiting cancelled)", id, cancelled);
            } else if (survey.keyword() != null) {
                followUp = SurveyReceipt.FollowUp.BOOKED;
                jdbc.update("insert into survey_follow_up (id, follow_up_key, phone, survey_id, response_id, due_at,"
                        + " state, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)", UUID.randomUUID(), key,
                        phone.e164(), survey.id(), id, Timestamp.from(properties.followUpDueAt(now, clock.getZone())),
                        Timestamp.from(now));
            }
        }
        log.info("Survey response {} recorded: {} v{} at {} by {}{}", id, survey.id(), survey.version(),
                response.hubId(), response.channel(), key != null ? ", with follow-up key" : "");
        return new SurveyReceipt(id, result, followUp);
    }

    /** Now, or noon (Plymouth time) on an earlier day staff say a paper or phone survey was answered. */
    private static Instant answeredAt(NewSurveyResponse response, Instant now) {
        LocalDate day = response.answeredOn();
        if (day == null) {
            return now;
        }
        if (response.channel() != SurveyChannel.STAFF_ASSISTED) {
            throw new IllegalArgumentException("Only staff entering a paper or phone survey may give the day it was"
                    + " answered");
        }
        LocalDate today = LocalDate.ofInstant(now, PLYMOUTH);
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("The day answered, " + day + ", is in the future");
        }
        if (day.isBefore(today.minusYears(1))) {
            throw new IllegalArgumentException("The day answered, " + day + ", is more than a year ago");
        }
        return day.equals(today) ? now : day.atTime(12, 0).atZone(PLYMOUTH).toInstant();
    }

    @Override
    public Duration followUpAfter() {
        return properties.followUpAfter();
    }

    private Survey askedVersion(NewSurveyResponse response) {
        Survey current = definitions.current(response.surveyId()).orElseThrow(() -> new IllegalArgumentException(
                "There is no survey \"" + response.surveyId() + "\" asked now"));
        if (!definitions.isOffered(response.surveyId())) {
            throw new IllegalArgumentException("Survey \"" + response.surveyId() + "\" is not offered");
        }
        if (response.version() == current.version()) {
            return current;
        }
        if (response.channel() != SurveyChannel.STAFF_ASSISTED) {
            throw new IllegalArgumentException("Survey \"" + response.surveyId() + "\" is asked as version "
                    + current.version() + ", not " + response.version() + "; only staff may enter an older version"
                    + " (from a paper form)");
        }
        return definitions.version(response.surveyId(), response.version()).orElseThrow(() ->
                new IllegalArgumentException("Survey \"" + response.surveyId() + "\" has no version "
                        + response.version()));
    }

    private static @Nullable String enteredBy(NewSurveyResponse response) {
        String by = response.enteredBy();
        if (response.channel() == SurveyChannel.STAFF_ASSISTED) {
            if (by == null || by.isBlank() || by.length() > MAX_ENTERED_BY) {
                throw new IllegalArgumentException("A staff-assisted response needs the username of who entered it");
            }
            return by.strip();
        }
        if (by != null) {
            throw new IllegalArgumentException("Only a staff-assisted response has someone who entered it");
        }
        return null;
    }

    private boolean hasEarlierResponse(String key, String surveyId) {
        Integer found = jdbc.queryForObject("select count(*) from survey_response where follow_up_key = ?"
                + " and survey_id = ?", Integer.class, key, surveyId);
        return found != null && found > 0;
    }
}
