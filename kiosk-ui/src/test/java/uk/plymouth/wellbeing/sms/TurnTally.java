package uk.plymouth.wellbeing.sms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.sms.ConversationSetTest.Judged;

/** Judged turns added up: turns right overall and per kind, and the failed turns written out. */
final class TurnTally {

    private final List<Judged> turns;

    TurnTally(List<Judged> turns) {
        this.turns = List.copyOf(turns);
    }

    double percentRight() {
        return percent(right(turns), turns.size());
    }

    /** Overall and per-kind turns right, one line each. */
    String report(String part) {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Conversation set, %s: %d/%d turns right (%.1f%%) in %d conversations%n", part, right(turns),
                turns.size(), percentRight(), turns.stream().map(Judged::conversation).distinct().count()));
        Map<String, List<Judged>> byKind = new TreeMap<>(turns.stream().collect(Collectors.groupingBy(Judged::kind)));
        byKind.forEach((kind, ofKind) -> report.append(String.format(Locale.ROOT, "  %-16s %3d/%-3d %5.1f%%%n",
                kind, right(ofKind), ofKind.size(), percent(right(ofKind), ofKind.size()))));
        return report.toString();
    }

    /** Every failed turn (or with {@code everyTurn}, every judged turn): where, what was sent, why and the reply. */
    String failures(boolean everyTurn) {
        StringBuilder written = new StringBuilder();
        for (Judged turn : turns) {
            if (everyTurn || turn.wrong().isPresent()) {
                written.append(String.format(Locale.ROOT, "  %s %s (line %d): sent \"%s\"%n%s    reply: %s%n",
                        turn.wrong().isPresent() ? "FAILED" : "right", turn.conversation(), turn.line(), turn.sent(),
                        turn.wrong().map(why -> "    wanted " + why + "\n").orElse(""),
                        turn.reply().isEmpty() ? "(none)" : turn.reply().replace("\n", "\n           ")));
            }
        }
        return written.toString();
    }

    private static int right(List<Judged> turns) {
        return (int) turns.stream().filter(turn -> turn.wrong().isEmpty()).count();
    }

    private static double percent(int right, int of) {
        return of == 0 ? 0 : 100.0 * right / of;
    }
}
