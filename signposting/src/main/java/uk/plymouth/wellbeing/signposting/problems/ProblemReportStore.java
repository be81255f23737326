package uk.plymouth.wellbeing.signposting.problems;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.plymouth.wellbeing.signposting.callback.Channel;

/**
 * Problem reports, their audit trail and the count of refused ones, in plain SQL that H2 (PostgreSQL mode) and
 * PostgreSQL read alike. For {@link ProblemReports}, whose transaction it runs in. A null set of hubs means every hub.
 */
@Repository
class ProblemReportStore {

    private static final String COLUMNS = "id, item_id, hub_id, kind, note, channel, reported_at, status, resolved_by,"
            + " resolved_at";

    private final NamedParameterJdbcTemplate jdbc;

    ProblemReportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, String itemId, String hubId, ProblemKind kind, @Nullable String note, Channel channel,
            Instant at) {
        jdbc.update("insert into problem_report (" + COLUMNS + ") values (:id, :item, :hub, :kind, :note, :channel,"
                + " :at, 'OPEN', null, null)", new MapSqlParameterSource().addValue("id", id)
                .addValue("item", itemId).addValue("hub", hubId).addValue("kind", kind.name())
                .addValue("note", note).addValue("channel", channel.name()).addValue("at", Timestamp.from(at)));
    }

    /** Reports kept about the item since then, open or not. */
    int countAbout(String itemId, Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from problem_report where item_id = :item"
                + " and reported_at > :since", new MapSqlParameterSource("item", itemId)
                .addValue("since", Timestamp.from(since)), Integer.class);
        return count == null ? 0 : count;
    }

    Optional<ReportedProblem> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from problem_report where id = :id",
                new MapSqlParameterSource("id", id), (rs, n) -> report(rs)).stream().findFirst();
    }

    /** The open reports of those hubs, newest first. */
    List<ReportedProblem> open(@Nullable Collection<String> hubIds, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        return jdbc.query("select " + COLUMNS + " from problem_report where status = 'OPEN'" + hubs(hubIds, params)
                + " order by reported_at desc, id limit :limit", params, (rs, n) -> report(rs));
    }

    /** How many reports are open at each of those hubs that has any. */
    Map<String, Integer> openCounts(@Nullable Collection<String> hubIds) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select hub_id, count(*) as open_reports from problem_report where status = 'OPEN'"
                + hubs(hubIds, params) + " group by hub_id order by hub_id", params,
                rs -> {
                    counts.put(rs.getString("hub_id"), rs.getInt("open_reports"));
                });
        return counts;
    }

    /** Marks an open report resolved; false when it was not open (someone was first). */
    boolean resolve(UUID id, Resolution resolution, String by, Instant at) {
        return jdbc.update("update problem_report set status = :status, resolved_by = :by, resolved_at = :at"
                + " where id = :id and status = 'OPEN'", new MapSqlParameterSource("status", resolution.name())
                .addValue("by", by).addValue("at", Timestamp.from(at)).addValue("id", id)) == 1;
    }

    void audit(UUID reportId, String actor, ProblemAuditAction action, @Nullable String detail, Instant at) {
        jdbc.update("insert into problem_report_audit (report_id, actor, happened_at, action, detail)"
                + " values (:report, :actor, :at, :action, :detail)", new MapSqlParameterSource("report", reportId)
                .addValue("actor", actor).addValue("at", Timestamp.from(at)).addValue("action", action.name())
                .addValue("detail", detail));
    }

    /** Oldest first. */
    List<ProblemAuditRecord> auditTrail(UUID reportId) {
        return jdbc.query("select actor, happened_at, action, detail from problem_report_audit"
                + " where report_id = :report order by happened_at, id", new MapSqlParameterSource("report", reportId),
                (rs, n) -> new ProblemAuditRecord(rs.getString("actor"), rs.getTimestamp("happened_at").toInstant(),
                        ProblemAuditAction.valueOf(rs.getString("action")), rs.getString("detail")));
    }

    /** One more report refused at the hub that day. */
    void countRefused(String hubId, LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource("hub", hubId).addValue("day", Date.valueOf(day));
        String update = "update problem_report_refused set refused = refused + 1"
                + " where hub_id = :hub and refused_on = :day";
        if (jdbc.update(update, params) == 1) {
            return;
        }
        try {
            jdbc.update("insert into problem_report_refused (hub_id, refused_on, refused)"
                    + " values (:hub, :day, 1)", params);
        } catch (DuplicateKeyException sameMoment) {
            jdbc.update(update, params);
        }
    }

    /** Reports refused at those hubs from that day on. */
    int refusedSince(@Nullable Collection<String> hubIds, LocalDate from) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", Date.valueOf(from));
        Integer refused = jdbc.queryForObject("select coalesce(sum(refused), 0) from problem_report_refused"
                + " where refused_on >= :from" + hubs(hubIds, params), params, Integer.class);
        return refused == null ? 0 : refused;
    }

    private static String hubs(@Nullable Collection<String> hubIds, MapSqlParameterSource params) {
        if (hubIds == null) {
            return "";
        }
        params.addValue("hubs", hubIds);
        return " and hub_id in (:hubs)";
    }

    private static ReportedProblem report(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new ReportedProblem(rs.getObject("id", UUID.class), rs.getString("item_id"), null,
                rs.getString("hub_id"), ProblemKind.valueOf(rs.getString("kind")), rs.getString("note"),
                Channel.valueOf(rs.getString("channel")), rs.getTimestamp("reported_at").toInstant(),
                status.equals("OPEN") ? null : Resolution.valueOf(status), rs.getString("resolved_by"),
                resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
