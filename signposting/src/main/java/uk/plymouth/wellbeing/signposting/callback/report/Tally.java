package uk.plymouth.wellbeing.signposting.callback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** The figures of one hub and week as {@link DashboardSql} reads them in. */
final class Tally {

    private int requests;
    private int urgent;
    private final Map<CallbackStatus, Integer> statuses = new EnumMap<>(CallbackStatus.class);
    private final Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
    private final Map<Category, Integer> categories = new EnumMap<>(Category.class);
    private final Map<AttemptOutcome, Integer> attempts = new EnumMap<>(AttemptOutcome.class);
    private int contacted;
    private int targetDue;
    private int withinTarget;
    private @Nullable Double medianHours;
    private FirstContact crisis = FirstContact.none();

    /** The row of the counting statement. */
    void counts(ResultSet row) throws SQLException {
        requests = row.getInt("requests");
        urgent = row.getInt("urgent");
        contacted = row.getInt("contacted");
        targetDue = row.getInt("target_due");
        withinTarget = row.getInt("within_target");
        medianHours = DashboardSql.medianHours(row, "median_hours");
        crisis = new FirstContact(row.getInt("crisis_requests"), row.getInt("crisis_contacted"),
                row.getInt("crisis_target_due"), row.getInt("crisis_within_target"),
                DashboardSql.medianHours(row, "crisis_median_hours"));
        for (CallbackStatus status : CallbackStatus.values()) {
            statuses.put(status, row.getInt("status_" + status.name()));
        }
        for (Channel channel : Channel.values()) {
            channels.put(channel, row.getInt("channel_" + channel.name()));
        }
        for (Category category : Category.values()) {
            categories.put(category, row.getInt("category_" + category.name()));
        }
    }

    /** A row of the attempts statement: this many attempts with that outcome. */
    void attempts(String outcome, int count) {
        attempts.merge(AttemptOutcome.valueOf(outcome), count, Integer::sum);
    }

    CallbackFigures figures() {
        int categorised = categories.values().stream().mapToInt(Integer::intValue).sum();
        return new CallbackFigures(requests, urgent, statuses.getOrDefault(CallbackStatus.DONE, 0),
                statuses.getOrDefault(CallbackStatus.UNABLE_TO_CONTACT, 0),
                statuses.getOrDefault(CallbackStatus.NEW, 0) + statuses.getOrDefault(CallbackStatus.CLAIMED, 0),
                channels, attempts, categories, requests - categorised, contacted, targetDue, withinTarget,
                medianHours, crisis);
    }
}
