package uk.plymouth.wellbeing.signposting.survey.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.survey.Band;
import uk.plymouth.wellbeing.signposting.survey.Option;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;
import uk.plymouth.wellbeing.signposting.survey.Scoring;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/**
 * Survey reports for staff, per hub or across hubs, for a period ({@link SurveyFigures}). Who sees what: admins every
 * hub; other staff only the hubs they work for ({@link StaffIdentity#canSee(String)}); asking for a hub one may not
 * see gives a report with no responses (never a hint whether it has any). Comments are in every report: reports are
 * for staff only.
 *
 * <p>Figures come from a few grouped SQL queries (counts, sums and sums of squares, value counts) plus one streamed
 * query for before/after pairs, so the work in Java grows with the number of followed-up residents, not responses.
 * Scores are the ones stored when each response was made, by its own version; answers to ONS4 and satisfaction
 * questions are read with the definition of the version that asked them, so a later survey file changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class SurveyReport {

    private static final Logger log = LoggerFactory.getLogger(SurveyReport.class);
    public static final int MAX_COMMENTS = 100;
    static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final SurveyDefinitions definitions;
    private final Clock clock;

    SurveyReport(JdbcTemplate jdbc, SurveyDefinitions definitions, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** The report for the query, as far as the viewer may see it. */
    public SurveyFigures forPeriod(StaffIdentity viewer, SurveyReportQuery query) {
        long started = System.nanoTime();
        @Nullable List<String> hubIds = hubsToShow(viewer, query.hubId());
        Scope scope = new Scope(query.start(PLYMOUTH), query.end(PLYMOUTH), hubIds);
        if (hubIds != null && hubIds.isEmpty()) {
            return new SurveyFigures(query, hubIds, List.of(), swemwbs(List.of(), scope, Set.of()), List.of(),
                    List.of(), List.of(), clock.instant());
        }
        List<ScoreRow> scores = scores(scope);
        List<ResponseCount> counts = counts(scores);
        Set<String> surveyIds = counts.stream().map(ResponseCount::surveyId).collect(Collectors.toSet());
        Set<String> swemwbsIds = withScoring(surveyIds, Scoring.SWEMWBS_METRIC);
        Set<String> bandedIds = withScoring(surveyIds, Scoring.PER_QUESTION_BANDS);
        Set<String> otherIds = new TreeSet<>(surveyIds);
        otherIds.removeAll(swemwbsIds);
        Map<String, List<ValueCount>> values = valueCounts(scope, otherIds);
        List<QuestionFigures> banded = new ArrayList<>();
        List<QuestionFigures> satisfaction = new ArrayList<>();
        for (String surveyId : otherIds) {
            List<ValueCount> found = values.getOrDefault(surveyId, List.of());
            if (bandedIds.contains(surveyId)) {
                banded.addAll(questions(surveyId, found, true));
            } else if (withScoring(Set.of(surveyId), Scoring.NONE).contains(surveyId)) {
                satisfaction.addAll(questions(surveyId, found, false));
            }
        }
        SurveyFigures figures = new SurveyFigures(query, hubIds, counts, swemwbs(scores, scope, swemwbsIds), banded,
                satisfaction, comments(scope, surveyIds), clock.instant());
        log.debug("Survey report for {}: {} responses in {} ms", viewer.username(), figures.total(),
                (System.nanoTime() - started) / 1_000_000);
        return figures;
    }

    /** The hub ids to show; null for every hub (admins without a choice). */
    private static @Nullable List<String> hubsToShow(StaffIdentity viewer, @Nullable String hubId) {
        if (hubId != null) {
            return viewer.canSee(hubId) ? List.of(hubId) : List.of();
        }
        return viewer.isAdmin() ? null : viewer.hubIds().stream().sorted().toList();
    }

    /** The period and hubs as SQL: "r.answered_at >= ? and r.answered_at < ? [and r.hub_id in (?, ...)]". */
    private record Scope(Instant start, Instant end, @Nullable List<String> hubIds) {

        String where() {
            return where("r");
        }

        /** For a table alias: responses ("r") or answers ("a"), which repeat their response's hub and time. */
        String where(String alias) {
            String period = alias + ".answered_at >= ? and " + alias + ".answered_at < ?";
            return hubIds == null ? period : period + " and " + alias + ".hub_id in ("
                    + String.join(", ", hubIds.stream().map(h -> "?").toList()) + ")";
        }

        List<Object> arguments() {
            List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(start), Timestamp.from(end)));
            if (hubIds != null) {
                arguments.addAll(hubIds);
            }
            return arguments;
        }

        /** "r.survey_id in (?, ...)" with its arguments added first. */
        String surveys(Set<String> ids, List<Object> arguments) {
            return surveys("r", ids, arguments);
        }

        String surveys(String alias, Set<String> ids, List<Object> arguments) {
            arguments.addAll(0, ids);
            return alias + ".survey_id in (" + String.join(", ", ids.stream().map(i -> "?").toList()) + ")";
        }
    }

    /** One grouped row: responses to a survey by a channel with one stored band and whole metric point. */
    private record ScoreRow(String surveyId, SurveyChannel channel, @Nullable String bandId, @Nullable Integer point,
            long responses, @Nullable BigDecimal lowest, @Nullable BigDecimal total, @Nullable BigDecimal squares) {}

    /**
     * The one pass over the period's responses: counts, and for SWEMWBS the metric's sums and distribution, grouped
     * by survey, channel, band and whole metric point (a few hundred rows at most).
     */
    private List<ScoreRow> scores(Scope scope) {
        return jdbc.query("select r.survey_id, r.channel, r.band_id, floor(r.metric_score) as point,"
                + " count(*) as responses, min(r.metric_score) as lowest, sum(r.metric_score) as total,"
                + " sum(r.metric_score * r.metric_score) as squares from survey_response r where " + scope.where()
                + " group by r.survey_id, r.channel, r.band_id, floor(r.metric_score)", (rs, row) -> {
                    int point = rs.getInt("point");
                    Integer whole = rs.wasNull() ? null : point;
                    return new ScoreRow(rs.getString("survey_id"), SurveyChannel.valueOf(rs.getString("channel")),
                            rs.getString("band_id"), whole, rs.getLong("responses"), rs.getBigDecimal("lowest"),
                            rs.getBigDecimal("total"), rs.getBigDecimal("squares"));
                }, scope.arguments().toArray());
    }

    private static List<ResponseCount> counts(List<ScoreRow> scores) {
        Map<String, Map<SurveyChannel, Long>> counts = new TreeMap<>();
        for (ScoreRow row : scores) {
            counts.computeIfAbsent(row.surveyId(), s -> new java.util.EnumMap<>(SurveyChannel.class))
                    .merge(row.channel(), row.responses(), Long::sum);
        }
        List<ResponseCount> list = new ArrayList<>();
        counts.forEach((survey, byChannel) -> byChannel.forEach((channel, n) ->
                list.add(new ResponseCount(survey, channel, n))));
        return list;
    }

    private Set<String> withScoring(Set<String> surveyIds, Scoring scoring) {
        return surveyIds.stream().filter(id -> definitions.versions(id).stream()
                .anyMatch(s -> s.scoring() == scoring)).collect(Collectors.toCollection(TreeSet::new));
    }

    private SwemwbsFigures swemwbs(List<ScoreRow> scores, Scope scope, Set<String> surveyIds) {
        if (surveyIds.isEmpty()) {
            return new SwemwbsFigures(Interval.none(), Map.of(), new TreeMap<>(),
                    EnglandNorms.against(Interval.none()), new PairedChange(Interval.none(), 0, 0));
        }
        Map<String, Long> byBand = new LinkedHashMap<>();
        TreeMap<Integer, Long> byPoint = new TreeMap<>();
        long n = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        Map<String, BigDecimal> bandFloor = new LinkedHashMap<>();
        for (ScoreRow row : scores) {
            BigDecimal lowest = row.lowest();
            Integer point = row.point();
            if (!surveyIds.contains(row.surveyId()) || point == null || lowest == null) {
                continue;
            }
            String band = Objects.requireNonNullElse(row.bandId(), "none");
            byBand.merge(band, row.responses(), Long::sum);
            bandFloor.merge(band, lowest, BigDecimal::min);
            byPoint.merge(point, row.responses(), Long::sum);
            n += row.responses();
            sum = sum.add(Objects.requireNonNull(row.total()));
            squares = squares.add(Objects.requireNonNull(row.squares()));
        }
        Map<String, Long> bandsInOrder = new LinkedHashMap<>();
        bandFloor.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> bandsInOrder.put(e.getKey(), byBand.get(e.getKey())));
        Interval metric = Interval.of(n, sum, squares);
        return new SwemwbsFigures(metric, bandsInOrder, byPoint, EnglandNorms.against(metric),
                pairs(scope, surveyIds));
    }

    /** First and last response of each followed-up resident in the scope, streamed in key order. */
    private PairedChange pairs(Scope scope, Set<String> surveyIds) {
        List<Object> arguments = scope.arguments();
        String surveys = scope.surveys(surveyIds, arguments);
        PairCollector pairs = new PairCollector();
        jdbc.query("select r.follow_up_key, r.metric_score from survey_response r where " + surveys + " and "
                + scope.where() + " and r.follow_up_key is not null and r.metric_score is not null"
                + " order by r.follow_up_key, r.answered_at, r.id", pairs::take, arguments.toArray());
        return pairs.result();
    }

    private static final class PairCollector {
        private @Nullable String key;
        private @Nullable BigDecimal first;
        private @Nullable BigDecimal last;
        private int seen;
        private long n;
        private long improved;
        private long worse;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal squares = BigDecimal.ZERO;

        void take(ResultSet rs) throws SQLException {
            String next = rs.getString(1);
            if (!next.equals(key)) {
                finish();
                key = next;
                first = rs.getBigDecimal(2);
                seen = 0;
            }
            last = rs.getBigDecimal(2);
            seen++;
        }

        private void finish() {
            if (seen >= 2 && first != null && last != null) {
                BigDecimal change = last.subtract(first);
                n++;
                sum = sum.add(change);
                squares = squares.add(change.multiply(change));
                if (change.doubleValue() >= PairedChange.MEANINGFUL) {
                    improved++;
                } else if (change.doubleValue() <= -PairedChange.MEANINGFUL) {
                    worse++;
                }
            }
        }

        PairedChange result() {
            finish();
            seen = 0;
            return new PairedChange(Interval.of(n, sum, squares), improved, worse);
        }
    }

    private record ValueCount(int version, String questionId, @Nullable Integer value, long count) {}

    private Map<String, List<ValueCount>> valueCounts(Scope scope, Set<String> surveyIds) {
        Map<String, List<ValueCount>> found = new TreeMap<>();
        if (surveyIds.isEmpty()) {
            return found;
        }
        List<Object> arguments = scope.arguments();
        String surveys = scope.surveys("a", surveyIds, arguments);
        jdbc.query("select a.survey_id, a.version, a.question_id, a.answer_value, count(*) as answers"
                + " from survey_answer a where " + surveys + " and " + scope.where("a")
                + " group by a.survey_id, a.version, a.question_id, a.answer_value", rs -> {
                    int value = rs.getInt("answer_value");
                    found.computeIfAbsent(rs.getString("survey_id"), s -> new ArrayList<>()).add(new ValueCount(
                            rs.getInt("version"), rs.getString("question_id"), rs.wasNull() ? null : value,
                            rs.getLong("answers")));
                }, arguments.toArray());
        return found;
    }

    /**
     * Every question of a survey in the period, in the newest version's order (then any question only older versions
     * asked), with answers banded or labelled by the version that asked them.
     */
    private List<QuestionFigures> questions(String surveyId, List<ValueCount> found, boolean banded) {
        List<Survey> versions = definitions.versions(surveyId);
        Map<String, Question> newest = new LinkedHashMap<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            versions.get(i).questions().forEach(q -> newest.putIfAbsent(q.id(), q));
        }
        List<QuestionFigures> figures = new ArrayList<>();
        for (Question question : newest.values()) {
            if (banded && question.bands().isEmpty() && question.type() != QuestionType.FREE_TEXT) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            if (banded) {
                question.bands().forEach(b -> counts.put(b.id(), 0L));
            } else if (question.type() != QuestionType.FREE_TEXT) {
                question.options().forEach(o -> counts.put(o.label(), 0L));
            }
            long answered = 0;
            long positive = 0;
            boolean anyPositive = false;
            for (ValueCount count : found) {
                if (!count.questionId().equals(question.id())) {
                    continue;
                }
                answered += count.count();
                Optional<Question> asked = versions.stream().filter(s -> s.version() == count.version()).findFirst()
                        .flatMap(s -> s.question(question.id()));
                Integer value = count.value();
                if (asked.isEmpty() || value == null) {
                    continue;
                }
                if (banded) {
                    asked.get().bandFor(value).map(Band::id).ifPresent(b -> counts.merge(b, count.count(), Long::sum));
                } else {
                    Optional<Option> option = asked.get().option(value);
                    if (option.isPresent()) {
                        counts.merge(option.get().label(), count.count(), Long::sum);
                        positive += option.get().positive() ? count.count() : 0;
                    }
                }
            }
            for (Survey version : versions) {
                anyPositive |= version.question(question.id()).map(q -> q.options().stream()
                        .anyMatch(Option::positive)).orElse(false);
            }
            if (banded && question.type() == QuestionType.FREE_TEXT) {
                continue;
            }
            figures.add(new QuestionFigures(surveyId, question.id(), question.text(), answered, counts,
                    !banded && anyPositive ? positive : null));
        }
        return figures;
    }

    /** The newest comments: surveys with a free-text question only, walked newest first through the index. */
    private List<SurveyComment> comments(Scope scope, Set<String> surveyIds) {
        Set<String> withText = surveyIds.stream().filter(id -> definitions.versions(id).stream()
                .anyMatch(s -> s.questions().stream().anyMatch(q -> q.type() == QuestionType.FREE_TEXT)))
                .collect(Collectors.toCollection(TreeSet::new));
        if (withText.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = scope.arguments();
        String surveys = scope.surveys("a", withText, arguments);
        arguments.add(MAX_COMMENTS);
        return jdbc.query("select c.survey_id, c.question_id, c.hub_id, r.channel, c.answered_at, c.text from"
                + " (select a.response_id, a.survey_id, a.question_id, a.hub_id, a.answered_at, a.text"
                + " from survey_answer a where " + surveys + " and " + scope.where("a") + " and a.text is not null"
                + " order by a.answered_at desc, a.response_id limit ?) c"
                + " join survey_response r on r.id = c.response_id order by c.answered_at desc, c.response_id",
                (rs, row) -> new SurveyComment(rs.getString("survey_id"), rs.getString("question_id"),
                        rs.getString("hub_id"), SurveyChannel.valueOf(rs.getString("channel")),
                        rs.getTimestamp("answered_at").toInstant(), rs.getString("text")),
                arguments.toArray());
    }
}
