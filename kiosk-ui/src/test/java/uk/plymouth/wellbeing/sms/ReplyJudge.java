package uk.plymouth.wellbeing.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.sms.ConversationScript.Expectation;
import uk.plymouth.wellbeing.sms.ConversationScript.Judgement;

/**
 * Judges one reply against a turn's expectations, case-insensitive. {@code {item N}} and {@code {item last}} in a
 * fragment stand for the name of that line of the latest numbered list sent before the turn: the words after the
 * number up to " - ", " (" or ", ", at most the first three, without a word cut short by "...".
 */
final class ReplyJudge {

    private static final Pattern LIST_LINE = Pattern.compile("^\\s*(\\d{1,2})[.):]?\\s+(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("\\{item (\\d{1,2}|last)}");
    private static final Pattern NAME_END = Pattern.compile(" - | \u2013 | \\(|, ");

    /** Replies that help nobody, in English and Polish: never right unless a turn expects one by its words. */
    private static final List<String> DEAD_ENDS = List.of("we found nothing", "did not understand",
            "nic nie znalezlismy", "nie rozumiemy");

    private ReplyJudge() {}

    /** The short names of a reply's numbered lines 1, 2, ... if it has at least lines 1 and 2; else empty. */
    static Optional<List<String>> numberedList(String reply) {
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (String line : reply.split("\n")) {
            Matcher numbered = LIST_LINE.matcher(line);
            if (numbered.matches()) {
                lines.putIfAbsent(Integer.parseInt(numbered.group(1)), shortName(numbered.group(2)));
            }
        }
        if (!lines.containsKey(1) || !lines.containsKey(2)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (int n = 1; lines.containsKey(n); n++) {
            names.add(lines.get(n));
        }
        return Optional.of(names);
    }

    static String shortName(String line) {
        String text = line.strip();
        boolean cut = text.endsWith("...") || text.endsWith("\u2026");
        Matcher end = NAME_END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
            cut = false;
        }
        List<String> words = new ArrayList<>(List.of(text.replaceAll("(\\.\\.\\.|\u2026)$", "").strip().split("\\s+")));
        if (cut && words.size() > 1) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words.subList(0, Math.min(3, words.size())));
    }

    /** Why the reply is wrong for these expectations, or empty when it is right. */
    static Optional<String> unmet(List<Expectation> expectations, String reply, Optional<List<String>> lastList) {
        if (reply.isBlank()) {
            return Optional.of("no reply");
        }
        String said = reply.toLowerCase(Locale.ROOT);
        Optional<String> deadEnd = DEAD_ENDS.stream().filter(said::contains).findFirst();
        if (deadEnd.isPresent() && expectations.stream().filter(e -> e.judgement() != Judgement.NONE)
                .flatMap(e -> e.fragments().stream())
                .noneMatch(f -> f.toLowerCase(Locale.ROOT).contains(deadEnd.get()))) {
            return Optional.of("a dead end (\"" + deadEnd.get() + "\") is never a right answer");
        }
        for (Expectation expectation : expectations) {
            List<String> fragments = new ArrayList<>();
            for (String fragment : expectation.fragments()) {
                Optional<String> resolved = resolve(fragment, lastList);
                if (resolved.isEmpty()) {
                    return Optional.of(fragment + ": no such item in a numbered list before this turn");
                }
                fragments.add(resolved.get());
            }
            long found = fragments.stream().filter(f -> said.contains(f.toLowerCase(Locale.ROOT))).count();
            boolean right = switch (expectation.judgement()) {
                case ANY -> found > 0;
                case ALL -> found == fragments.size();
                case NONE -> found == 0;
            };
            if (!right) {
                return Optional.of(expectation.judgement().name().toLowerCase(Locale.ROOT) + ": " + fragments);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> resolve(String fragment, Optional<List<String>> lastList) {
        Matcher item = ITEM.matcher(fragment);
        if (!item.find()) {
            return Optional.of(fragment);
        }
        if (lastList.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = lastList.get();
        int index = item.group(1).equals("last") ? names.size() : Integer.parseInt(item.group(1));
        if (index < 1 || index > names.size()) {
            return Optional.empty();
        }
        return Optional.of(item.replaceFirst(Matcher.quoteReplacement(names.get(index - 1))));
    }
}
