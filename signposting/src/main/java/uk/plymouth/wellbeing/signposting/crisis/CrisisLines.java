package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * The help to give first for each kind of danger, in each language, from {@code crisis/lines.txt} (the format is in
 * {@code content/README.md}): the text message, and the kiosk's panel (a title and its lines). Numbers live there,
 * not in code, so a hub can correct one without a release. Every kind has every language, and every text fits two
 * GSM-7 segments, or the app does not start.
 */
public final class CrisisLines {

    static final String FILE = "crisis/lines.txt";
    static final String ALL = "all";

    /** The kiosk's panel for one kind of danger: a heading and its lines, in {@code language}. */
    public record Panel(String title, List<String> lines, String language) {}

    private static final Pattern SECTION = Pattern.compile("^\\[([a-z-]+) ([a-z]{2})\\]$");
    private static final Pattern ENTRY = Pattern.compile("^([a-z-]+):\\s*(.+)$");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:[0-9][0-9 ]{1,14}[0-9]|[0-9]{3})(?![0-9])");
    private static final Set<String> KIND_KEYS = Set.of("text", "title", "line");
    private static final Set<String> ALL_KEYS = Set.of("offer", "opted-out", "staff");
    private static final int MAX_SEGMENTS = 2;

    private final Map<String, Map<String, List<String>>> sections;
    private final List<String> languages;

    private CrisisLines(Map<String, Map<String, List<String>>> sections, List<String> languages) {
        this.sections = sections;
        this.languages = List.copyOf(languages);
    }

    /**
     * Reads and checks the file.
     *
     * @param languages every language that must be there, English first
     * @throws IllegalArgumentException naming the file (and line) of the first problem
     */
    static CrisisLines parse(String fileName, String text, List<String> languages) {
        Map<String, Map<String, List<String>>> sections = new HashMap<>();
        Map<String, List<String>> current = null;
        String section = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ", line " + (i + 1) + ": ";
            Matcher heading = SECTION.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            if (heading.matches()) {
                String kind = heading.group(1);
                if (!kind.equals(ALL) && CrisisKind.fromId(kind).isEmpty()) {
                    throw new IllegalArgumentException(where + "unknown kind \"" + kind + "\" in [" + kind + " "
                            + heading.group(2) + "]; use \"all\" or a kind such as suicide");
                }
                section = kind + " " + heading.group(2);
                if (sections.containsKey(section)) {
                    throw new IllegalArgumentException(where + "[" + section + "] is written twice");
                }
                current = new HashMap<>();
                sections.put(section, current);
            } else if (entry.matches() && current != null) {
                Set<String> allowed = section.startsWith(ALL + " ") ? ALL_KEYS : KIND_KEYS;
                if (!allowed.contains(entry.group(1))) {
                    throw new IllegalArgumentException(where + "\"" + entry.group(1) + ":\" does not belong in ["
                            + section + "]; use " + String.join(", ", allowed.stream().sorted().toList()));
                }
                String value = entry.group(2).strip();
                if (!entry.group(1).equals("line") && current.containsKey(entry.group(1))) {
                    throw new IllegalArgumentException(where + "\"" + entry.group(1) + ":\" is written twice in ["
                            + section + "]");
                }
                if ((entry.group(1).equals("text") || entry.group(1).equals("offer"))
                        && SmsText.segments(SmsText.toGsm(value)) > MAX_SEGMENTS) {
                    throw new IllegalArgumentException(where + "too long for a text: " + SmsText.segments(
                            SmsText.toGsm(value)) + " segments, at most " + MAX_SEGMENTS);
                }
                current.computeIfAbsent(entry.group(1), k -> new ArrayList<>()).add(value);
            } else {
                throw new IllegalArgumentException(where + (current == null ? "start with a heading such as"
                        + " [suicide en]" : "write \"key: text\", e.g. \"line: Samaritans: call 116 123\"") + ", not \""
                        + line + "\"");
            }
        }
        CrisisLines read = new CrisisLines(sections, languages);
        read.checkComplete(fileName);
        return read;
    }

    private void checkComplete(String fileName) {
        for (String language : languages) {
            for (String key : ALL_KEYS) {
                need(fileName, ALL + " " + language, key);
            }
            for (CrisisKind kind : CrisisKind.values()) {
                for (String key : KIND_KEYS) {
                    need(fileName, kind.id() + " " + language, key);
                }
                String optedOut = text(kind, language) + " " + one(ALL, language, "opted-out");
                if (SmsText.segments(SmsText.toGsm(optedOut)) > MAX_SEGMENTS) {
                    throw new IllegalArgumentException(fileName + ": [" + kind.id() + " " + language + "] text with"
                            + " [all " + language + "] opted-out is too long for a text: at most " + MAX_SEGMENTS
                            + " segments");
                }
            }
        }
    }

    private void need(String fileName, String section, String key) {
        if (!sections.getOrDefault(section, Map.of()).containsKey(key)) {
            throw new IllegalArgumentException(fileName + ": [" + section + "] needs \"" + key + ":\"");
        }
    }

    /** The first text for this kind of danger, in the language if there is one, else English; GSM-7. */
    public String text(CrisisKind kind, String language) {
        return SmsText.toGsm(one(kind.id(), language, "text"));
    }

    /** The offer of an urgent call that follows the first text. */
    public String offer(String language) {
        return SmsText.toGsm(one(ALL, language, "offer"));
    }

    /** The first text for a number that opted out of our texts: the lines, and why nothing else will follow. */
    public String optedOut(CrisisKind kind, String language) {
        return text(kind, language) + " " + SmsText.toGsm(one(ALL, language, "opted-out"));
    }

    /** The kiosk's panel for this kind, in the locale's language if there is one, else English. */
    public Panel panel(CrisisKind kind, Locale locale) {
        String language = languages.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Map<String, List<String>> section = sections.get(kind.id() + " " + language);
        List<String> lines = new ArrayList<>(section.get("line"));
        lines.add(one(ALL, language, "staff"));
        return new Panel(section.get("title").get(0), lines, language);
    }

    /** Every phone number (digits only) and short code in the lines, in every language. */
    public Set<String> numbers() {
        Set<String> numbers = new LinkedHashSet<>();
        sections.values().forEach(section -> section.values().forEach(values -> values.forEach(value -> {
            Matcher phone = PHONE.matcher(value);
            while (phone.find()) {
                numbers.add(phone.group().replace(" ", ""));
            }
        })));
        return numbers;
    }

    private String one(String kind, String language, String key) {
        String in = languages.contains(language) ? language : "en";
        return sections.get(kind + " " + in).get(key).get(0);
    }

    public List<String> languages() {
        return languages;
    }
}
