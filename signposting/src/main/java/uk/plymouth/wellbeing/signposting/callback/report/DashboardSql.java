package uk.plymouth.wellbeing.signposting.callback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The dashboard's two statements, written once for H2 (PostgreSQL mode) and PostgreSQL:
 * <ol>
 *   <li>the requests per hub and week, counted in the database: statuses, channels, categories, urgent, due by now;
 *   <li>the call attempts on those requests, one row each (request, hub, week, made, due, attempted, outcome), from
 *       which {@link Tally} finds each request's first attempt and the medians, and counts the outcomes.
 * </ol>
 * Weeks are Plymouth weeks: their start and end instants are worked out here (so a week with a clock change is 167
 * or 169 hours long) and joined as a small {@code values} table, so each week is a range scan of the index on
 * {@code created_at} and no time-zone function is needed, which the two databases do differently. Measured in
 * {@code CallbackQueueBenchmark}: a correlated "first attempt" subquery per request, or grouping the join per
 * request in SQL, was several times slower on H2 than reading the attempts once.
 */
@Component
@Transactional(readOnly = true)
class DashboardSql {

    private final NamedParameterJdbcTemplate jdbc;

    DashboardSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One hub in one week. */
    record Key(String hubId, LocalDate weekStart) {}

    /** What the two statements found: figures per hub and week (only those with requests), and the total median. */
    record Found(Map<Key, CallbackFigures> figures, @Nullable Double medianHours) {}

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
        Map<UUID, FirstAttempt> firsts = new HashMap<>();
        jdbc.query("select r.id, r.hub_id, w.week_start, r.created_at, r.due_at, a.attempted_at, a.outcome "
                + requests + " join callback_attempt a on a.request_id = r.id", params, (ResultSet row) -> {
                    Key key = key(row);
                    Instant attempted = instant(row, "attempted_at");
                    tallies.computeIfAbsent(key, k -> new Tally()).attempt(row.getString("outcome"));
                    firsts.merge(row.getObject("id", UUID.class), new FirstAttempt(key, instant(row, "created_at"),
                            instant(row, "due_at"), attempted), FirstAttempt::earlier);
                });
        List<Double> allHours = new ArrayList<>();
        for (FirstAttempt first : firsts.values()) {
            double hours = first.hours();
            allHours.add(hours);
            tallies.computeIfAbsent(first.key(), k -> new Tally()).contacted(hours, !first.attempted().isAfter(
                    first.due()), !first.due().isAfter(now));
        }
        Map<Key, CallbackFigures> figures = new HashMap<>();
        tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
        return new Found(figures, Tally.median(allHours));
    }

    private static String countsSql(String requests) {
        StringBuilder sql = new StringBuilder("select r.hub_id, w.week_start, count(*) as requests,"
                + " sum(case when r.urgent then 1 else 0 end) as urgent,"
                + " sum(case when r.due_at <= :now then 1 else 0 end) as due_by_now");
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

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A request's earliest call attempt so far. */
    private record FirstAttempt(Key key, Instant created, Instant due, Instant attempted) {

        FirstAttempt earlier(FirstAttempt other) {
            return other.attempted.isBefore(attempted) ? other : this;
        }

        double hours() {
            return Duration.between(created, attempted).toMillis() / 3_600_000.0;
        }
    }
}
