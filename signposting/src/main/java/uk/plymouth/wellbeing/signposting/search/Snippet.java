package uk.plymouth.wellbeing.signposting.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A short passage of an item's text with the words that matched marked, as plain parts: screens render the
 * marked parts in bold without ever treating content as HTML.
 */
public record Snippet(List<Part> parts) {

    /** A run of text, marked or not. */
    public record Part(String text, boolean matched) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet plain(String text) {
        return new Snippet(List.of(new Part(text, false)));
    }

    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    public boolean hasMatches() {
        return parts.stream().anyMatch(Part::matched);
    }

    /** The snippet with matches wrapped in ** (for SMS and logs of sample content, never for residents' text). */
    public String marked() {
        return parts.stream().map(p -> p.matched() ? "**" + p.text() + "**" : p.text()).collect(Collectors.joining());
    }
}
