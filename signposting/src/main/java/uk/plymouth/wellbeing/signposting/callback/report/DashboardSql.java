package uk.plymouth.wellbeing.signposting.callback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The dashboard's three statements, written once for H2 (PostgreSQL mode) and PostgreSQL, everything aggregated in the
 * database:
 * <ol>
 *   <li>per hub and week: requests, statuses, channels, categories, urgent, contacted, within target, target due,
 *       and the median hours to first contact ({@code percentile_cont(0.5)}, the mean of the two middle values for
 *       an even count), all from the requests' own rows ({@code first_attempt_at});
 *   <li>per hub, week and outcome: the call attempts on those requests;
 *   <li>the median hours to first contact over the whole period.
 * </ol>
 * The first and the last also give the same first-contact figures for the crisis requests alone (those with a
 * crisis kind): conditional sums, and a median over hours that are null for the other requests.
 * Weeks are Plymouth weeks: their start and end instants are worked out here (so a week with a clock change is 167
 * or 169 hours long) and joined as a small {@code values} table, so each week is a range scan of an index on
 * {@code created_at} and no time-zone function is needed, which the two databases do differently. The period's
 * overall bounds are given next to the weeks: without them PostgreSQL's plans for 8 weeks were 5 to 9 times slower
 * in {@code CallbackQueueBenchmark}. On H2 they cost: it then scans the requests first and loops over the weeks for
 * each, and a year for all hubs took 4.8 s instead of 1.8 s (see docs/benchmarks/callbacks.md; to do: bounds on
 * PostgreSQL only, or a form H2 does not reorder).
 */
@Component
@Transactional(readOnly = true)
class DashboardSql {

    /**
     * Hours from the request being made to its first call attempt. Both databases give epoch seconds as a decimal;
     * the difference is made a double before dividing, as decimal division made H2 several times slower.
     */
    private static final String HOURS = "cast(extract(epoch from r.first_attempt_at) - extract(epoch from"
            + " r.created_at) as double precision) / 3600";

    private static final String MEDIAN = "percentile_cont(0.5) within group (order by " + HOURS + ")";

    /** A crisis request: one the system made urgent for crisis words (staff marking it not urgent later keep it). */
    private static final String CRISIS = "r.crisis_kind is not null";

    /** The median of the crisis requests alone: the others' hours are null, which the median leaves out. */
    private static final String CRISIS_MEDIAN = "percentile_cont(0.5) within group (order by case when " + CRISIS
            + " then " + HOURS + " end)";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One hub in one week. */
    record Key(String hubId, LocalDate weekStart) {}

    /**
     * What the statements found: figures per hub and week (only those with requests), and the total medians, of all
     * requests and of the crisis requests alone.
     */
    record Found(Map<Key, CallbackFigures> figures, @Nullable Double medianHours, @Nullable Double crisisMedianHours) {}

    /**
     * The figures per hub and week with requests in them.
     *
     * @param hubIds these hubs only (not empty); null for every hub
     */
    Found figures(@Nullable Collection<String> hubIds, List<LocalDate> weeks, ZoneId zone, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("now", OffsetDateTime.ofInstant(now, zone));
        String requests = requestsIn(hubIds, weeks, zone, params);
        Map<Key, Tally> tallies = new HashMap<>();
        jdbc.query(countsSql(requests), params, (ResultSet row) -> {
            tallies.computeIfAbsent(key(row), k -> new Tally()).counts(row);
        });
        jdbc.query("select r.hub_id, w.week_start, a.outcome, count(*) as attempts " + requests
                + " join callback_attempt a on a.request_id = r.id group by r.hub_id, w.week_start, a.outcome", params,
                (ResultSet row) -> {
                    tallies.computeIfAbsent(key(row), k -> new Tally()).attempts(row.getString("outcome"),
                            row.getInt("attempts"));
                });
        Found totals = jdbc.query("select " + MEDIAN + " as median_hours, " + CRISIS_MEDIAN
                + " as crisis_median_hours " + requests + " where r.first_attempt_at is not null", params,
                (ResultSet rows) -> rows.next() ? new Found(Map.of(), medianHours(rows, "median_hours"),
                        medianHours(rows, "crisis_median_hours")) : new Found(Map.of(), null, null));
        Map<Key, CallbackFigures> figures = new HashMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return new Found(figures, totals.medianHours(), totals.crisisMedianHours());
    }

    private static String countsSql(String requests) {
        StringBuilder sql = new StringBuilder("select r.hub_id, w.week_start, count(*) as requests,"
                + " sum(case when r.urgent then 1 else 0 end) as urgent,"
                + " count(r.first_attempt_at) as contacted,"
                + " sum(case when r.first_attempt_at <= r.due_at then 1 else 0 end) as within_target,"
                + " sum(case when r.first_attempt_at is not null or r.due_at <= :now then 1 else 0 end)"
                + " as target_due, " + MEDIAN + " as median_hours,"
                + " sum(case when " + CRISIS + " then 1 else 0 end) as crisis_requests,"
                + " sum(case when " + CRISIS + " and r.first_attempt_at is not null then 1 else 0 end)"
                + " as crisis_contacted,"
                + " sum(case when " + CRISIS + " and r.first_attempt_at <= r.due_at then 1 else 0 end)"
                + " as crisis_within_target,"
                + " sum(case when " + CRISIS + " and (r.first_attempt_at is not null or r.due_at <= :now) then 1"
                + " else 0 end) as crisis_target_due, " + CRISIS_MEDIAN + " as crisis_median_hours");
        for (CallbackStatus status : CallbackStatus.values()) {
            sql.append(", sum(case when r.status = '").append(status.name()).append("' then 1 else 0 end) as status_")
                    .append(status.name());
        }
        for (Channel channel : Channel.values()) {
            sql.append(", sum(case when r.channel = '").append(channel.name())
                    .append("' then 1 else 0 end) as channel_").append(channel.name());
        }
        for (Category category : Category.values()) {
            sql.append(", sum(case when r.about_category = '").append(category.id())
                    .append("' then 1 else 0 end) as category_").append(category.name());
        }
        return sql.append(' ').append(requests).append(" group by r.hub_id, w.week_start").toString();
    }

    /** "from (weeks) join callback_request r on ...": the requests made in those weeks at those hubs. */
    private static String requestsIn(@Nullable Collection<String> hubIds, List<LocalDate> weeks, ZoneId zone,
            MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("from (values ");
        for (int i = 0; i < weeks.size(); i++) {
            LocalDate monday = weeks.get(i);
            sql.append(i == 0 ? "" : ", ").append("(cast(:week").append(i).append(" as date), cast(:starts")
                    .append(i).append(" as timestamp with time zone), cast(:ends").append(i)
                    .append(" as timestamp with time zone))");
            params.addValue("week" + i, monday);
            params.addValue("starts" + i, monday.atStartOfDay(zone).toOffsetDateTime());
            params.addValue("ends" + i, monday.plusWeeks(1).atStartOfDay(zone).toOffsetDateTime());
        }
        sql.append(") as w (week_start, starts_at, ends_at)"
                + " join callback_request r on r.created_at >= w.starts_at and r.created_at < w.ends_at"
                + " and r.created_at >= :periodStarts and r.created_at < :periodEnds");
        params.addValue("periodStarts", weeks.get(0).atStartOfDay(zone).toOffsetDateTime());
        params.addValue("periodEnds", weeks.get(weeks.size() - 1).plusWeeks(1).atStartOfDay(zone).toOffsetDateTime());
        if (hubIds != null) {
            sql.append(" and r.hub_id in (:hubIds)");
            params.addValue("hubIds", hubIds);
        }
        return sql.toString();
    }

    private static Key key(ResultSet row) throws SQLException {
        return new Key(row.getString("hub_id"), row.getObject("week_start", LocalDate.class));
    }

    /** A median column; null when no request of those was contacted. */
    static @Nullable Double medianHours(ResultSet row, String column) throws SQLException {
        double median = row.getDouble(column);
        return row.wasNull() ? null : median;
    }
}
