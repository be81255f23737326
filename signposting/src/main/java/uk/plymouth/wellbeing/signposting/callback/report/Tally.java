package uk.plymouth.wellbeing.signposting.callback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
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
    private int dueByNow;
    private final Map<CallbackStatus, Integer> statuses = new EnumMap<>(CallbackStatus.class);
    private final Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
    private final Map<Category, Integer> categories = new EnumMap<>(Category.class);
    private final Map<AttemptOutcome, Integer> attempts = new EnumMap<>(AttemptOutcome.class);
    private final List<Double> hoursToFirstAttempt = new ArrayList<>();
    private int withinTarget;
    private int dueByNowAndContacted;

    /** The row of the counting statement. */
    void counts(ResultSet row) throws SQLException {
        requests = row.getInt("requests");
        urgent = row.getInt("urgent");
        dueByNow = row.getInt("due_by_now");
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

    void attempt(String outcome) {
        attempts.merge(AttemptOutcome.valueOf(outcome), 1, Integer::sum);
    }

    /** A request of this hub and week was first rung {@code hours} after it was made. */
    void contacted(double hours, boolean inTime, boolean dueByNow) {
        hoursToFirstAttempt.add(hours);
        withinTarget += inTime ? 1 : 0;
        dueByNowAndContacted += dueByNow ? 1 : 0;
    }

    CallbackFigures figures() {
        int contacted = hoursToFirstAttempt.size();
        int categorised = categories.values().stream().mapToInt(Integer::intValue).sum();
        return new CallbackFigures(requests, urgent, statuses.getOrDefault(CallbackStatus.DONE, 0),
                statuses.getOrDefault(CallbackStatus.UNABLE_TO_CONTACT, 0),
                statuses.getOrDefault(CallbackStatus.NEW, 0) + statuses.getOrDefault(CallbackStatus.CLAIMED, 0),
                channels, attempts, categories, requests - categorised, contacted,
                contacted + dueByNow - dueByNowAndContacted, withinTarget, median(hoursToFirstAttempt));
    }

    /** The middle value, or the mean of the two middle ones (as SQL's percentile_cont(0.5)); null for none. */
    static @Nullable Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
