package uk.plymouth.wellbeing.signposting.callback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The dashboard's queries, aggregated in the database and written once for H2 (PostgreSQL mode) and PostgreSQL.
 * Weeks are Plymouth weeks: their start and end instants are worked out here (so a week with a clock change is 167
 * or 169 hours long) and joined as a small {@code values} table, which lets each week use the index on
 * {@code created_at} and needs no time-zone functions, which the two databases do differently. Four statements: the
 * counts and medians per hub and week, categories, attempt outcomes, and the median over the whole period.
 */
@Component
@Transactional(readOnly = true)
class DashboardSql {

    private static final String SECONDS_TO_FIRST_ATTEMPT =
            "cast(extract(epoch from x.first_at) - extract(epoch from x.created_at) as double precision)";
    private static final String FIRST_ATTEMPT =
            "(select min(a.attempted_at) from callback_attempt a where a.request_id = r.id)";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One hub in one week, as the database counted it. */
    record Key(String hubId, LocalDate weekStart) {}

    /**
     * The figures per hub and week with requests in them.
     *
     * @param hubIds these hubs only (not empty); null for every hub
     */
    Map<Key, CallbackFigures> perHubAndWeek(@Nullable Collection<String> hubIds, List<LocalDate> weeks, ZoneId zone,
            Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("now", OffsetDateTime.ofInstant(now, zone));
        String requests = requestsIn(hubIds, weeks, zone, params);
        Map<Key, Tally> tallies = new HashMap<>();
        jdbc.query(countsSql(requests), params, (ResultSet row) -> {
            tallies.computeIfAbsent(key(row), k -> new Tally()).counts(row);
        });
        jdbc.query("select r.hub_id, w.week_start, r.about_category, count(*) as n " + requests
                + " group by r.hub_id, w.week_start, r.about_category", params, (ResultSet row) -> {
                    tallies.computeIfAbsent(key(row), k -> new Tally()).category(row.getString("about_category"),
                            row.getInt("n"));
                });
        jdbc.query("select r.hub_id, w.week_start, a.outcome, count(*) as n " + requests
                + " join callback_attempt a on a.request_id = r.id"
                + " group by r.hub_id, w.week_start, a.outcome", params, (ResultSet row) -> {
                    tallies.computeIfAbsent(key(row), k -> new Tally()).attempts(row.getString("outcome"),
                            row.getInt("n"));
                });
        Map<Key, CallbackFigures> figures = new HashMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return figures;
    }

    /** The median hours to first contact over all the requests of these hubs and weeks; null when none. */
    @Nullable Double medianHours(@Nullable Collection<String> hubIds, List<LocalDate> weeks, ZoneId zone) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String requests = requestsIn(hubIds, weeks, zone, params);
        List<@Nullable Double> median = jdbc.query("select percentile_cont(0.5) within group (order by "
                + SECONDS_TO_FIRST_ATTEMPT + ") as median_seconds from (select r.created_at, " + FIRST_ATTEMPT
                + " as first_at " + requests + ") x where x.first_at is not null", params,
                (row, n) -> hours(row, "median_seconds"));
        return median.isEmpty() ? null : median.get(0);
    }

    private static String countsSql(String requests) {
        StringBuilder sql = new StringBuilder("select x.hub_id, x.week_start, count(*) as requests,"
                + " sum(case when x.urgent then 1 else 0 end) as urgent,");
        for (CallbackStatus status : CallbackStatus.values()) {
            sql.append(" sum(case when x.status = '").append(status.name()).append("' then 1 else 0 end) as status_")
                    .append(status.name()).append(',');
        }
        for (Channel channel : Channel.values()) {
            sql.append(" sum(case when x.channel = '").append(channel.name())
                    .append("' then 1 else 0 end) as channel_").append(channel.name()).append(',');
        }
        return sql.append(" sum(case when x.first_at is not null then 1 else 0 end) as contacted,"
                + " sum(case when x.first_at <= x.due_at then 1 else 0 end) as within_target,"
                + " sum(case when x.first_at is not null or x.due_at <= :now then 1 else 0 end) as target_due,"
                + " percentile_cont(0.5) within group (order by " + SECONDS_TO_FIRST_ATTEMPT + ") as median_seconds"
                + " from (select w.week_start, r.hub_id, r.status, r.urgent, r.channel, r.due_at, r.created_at, "
                + FIRST_ATTEMPT + " as first_at " + requests + ") x group by x.hub_id, x.week_start").toString();
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
                + " join callback_request r on r.created_at >= w.starts_at and r.created_at < w.ends_at");
        if (hubIds != null) {
            sql.append(" and r.hub_id in (:hubIds)");
            params.addValue("hubIds", hubIds);
        }
        return sql.toString();
    }

    private static Key key(ResultSet row) throws SQLException {
        return new Key(row.getString("hub_id"), row.getObject("week_start", LocalDate.class));
    }

    private static @Nullable Double hours(ResultSet row, String column) throws SQLException {
        double seconds = row.getDouble(column);
        return row.wasNull() ? null : seconds / 3600.0;
    }

    /** What the three statements found for one hub and week. */
    private static final class Tally {

        private int requests;
        private int urgent;
        private final Map<CallbackStatus, Integer> statuses = new EnumMap<>(CallbackStatus.class);
        private final Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        private final Map<AttemptOutcome, Integer> attempts = new EnumMap<>(AttemptOutcome.class);
        private final Map<Category, Integer> categories = new EnumMap<>(Category.class);
        private int categoryNotGiven;
        private int contacted;
        private int targetDue;
        private int withinTarget;
        private @Nullable Double medianHours;

        void counts(ResultSet row) throws SQLException {
            requests = row.getInt("requests");
            urgent = row.getInt("urgent");
            for (CallbackStatus status : CallbackStatus.values()) {
                statuses.put(status, row.getInt("status_" + status.name()));
            }
            for (Channel channel : Channel.values()) {
                channels.put(channel, row.getInt("channel_" + channel.name()));
            }
            contacted = row.getInt("contacted");
            withinTarget = row.getInt("within_target");
            targetDue = row.getInt("target_due");
            medianHours = hours(row, "median_seconds");
        }

        void category(@Nullable String id, int count) {
            Category category = id == null ? null : Category.fromId(id).orElse(null);
            if (category == null) {
                categoryNotGiven += count;
            } else {
                categories.merge(category, count, Integer::sum);
            }
        }

        void attempts(String outcome, int count) {
            attempts.merge(AttemptOutcome.valueOf(outcome), count, Integer::sum);
        }

        CallbackFigures figures() {
            return new CallbackFigures(requests, urgent, statuses.getOrDefault(CallbackStatus.DONE, 0),
                    statuses.getOrDefault(CallbackStatus.UNABLE_TO_CONTACT, 0),
                    statuses.getOrDefault(CallbackStatus.NEW, 0) + statuses.getOrDefault(CallbackStatus.CLAIMED, 0),
                    channels, attempts, categories, categoryNotGiven, contacted, targetDue, withinTarget,
                    medianHours);
        }
    }
}
