package uk.plymouth.wellbeing.sms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conversation test set's file format (see {@code conversations/development.txt}): {@code ## id | kind} starts a
 * conversation, {@code > text} is a text the resident sends, {@code < any:|all:|none: a | b} judges the reply to the
 * text above it, {@code ~ idle} waits out the conversation's idle expiry before the next text, {@code #} is a comment.
 * A malformed line is refused with the file's name and the line's number.
 */
final class ConversationScript {

    enum Judgement { ANY, ALL, NONE }

    /** What the reply must (any, all) or must not (none) contain, case-insensitive. */
    record Expectation(Judgement judgement, List<String> fragments) {}

    /** One text sent; judged when it has expectations. {@code idleBefore}: wait out the idle expiry first. */
    record Turn(int line, String text, boolean idleBefore, List<Expectation> expectations) {

        boolean judged() {
            return !expectations.isEmpty();
        }
    }

    record Conversation(String id, String kind, int line, List<Turn> turns) {}

    private ConversationScript() {}

    static List<Conversation> parse(String file, String source) {
        return new Parser(file).parse(source);
    }

    private static final class Parser {

        private final String file;
        private final List<Conversation> conversations = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private @Nullable String id;
        private String kind = "";
        private int headerLine;
        private List<Turn> turns = new ArrayList<>();
        private @Nullable Turn turn;
        private List<Expectation> expectations = new ArrayList<>();
        private boolean idlePending;
        private int lineNumber;
        private String line = "";

        Parser(String file) {
            this.file = file;
        }

        List<Conversation> parse(String source) {
            for (String raw : source.split("\n", -1)) {
                lineNumber++;
                line = raw.strip();
                if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("## "))) {
                    continue;
                }
                if (line.startsWith("## ")) {
                    finishConversation();
                    header(line.substring(3));
                } else if (line.startsWith(">")) {
                    text(line.substring(1).strip());
                } else if (line.startsWith("<")) {
                    expectation(line.substring(1).strip());
                } else if (line.startsWith("~")) {
                    idle(line.substring(1).strip());
                } else {
                    throw malformed("not a comment, a '## id | kind' header, '>', '<' or '~' line");
                }
            }
            finishConversation();
            return List.copyOf(conversations);
        }

        private void header(String rest) {
            String[] parts = rest.split("\\|", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw malformed("a header is '## <id> | <kind>'");
            }
            if (!ids.add(parts[0].strip())) {
                throw malformed("the id '" + parts[0].strip() + "' is used twice");
            }
            id = parts[0].strip();
            kind = parts[1].strip();
            headerLine = lineNumber;
        }

        private void text(String text) {
            if (id == null) {
                throw malformed("a text before any '## id | kind' header");
            }
            if (text.isEmpty()) {
                throw malformed("an empty text");
            }
            finishTurn();
            turn = new Turn(lineNumber, text, idlePending, List.of());
            idlePending = false;
        }

        private void expectation(String rest) {
            if (turn == null) {
                throw malformed("an expectation with no '>' text above it in its conversation");
            }
            int colon = rest.indexOf(':');
            Judgement judgement = colon < 0 ? null : judgement(rest.substring(0, colon).strip());
            if (judgement == null) {
                throw malformed("an expectation is '< any: a | b', '< all: a | b' or '< none: a | b'");
            }
            List<String> fragments = new ArrayList<>();
            for (String fragment : rest.substring(colon + 1).split("\\|", -1)) {
                if (fragment.isBlank()) {
                    throw malformed("an empty fragment");
                }
                fragments.add(fragment.strip());
            }
            expectations.add(new Expectation(judgement, List.copyOf(fragments)));
        }

        private static @Nullable Judgement judgement(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "any" -> Judgement.ANY;
                case "all" -> Judgement.ALL;
                case "none" -> Judgement.NONE;
                default -> null;
            };
        }

        private void idle(String rest) {
            if (id == null || !rest.equals("idle")) {
                throw malformed("a wait is '~ idle', inside a conversation");
            }
            finishTurn();
            idlePending = true;
        }

        private void finishTurn() {
            if (turn != null) {
                turns.add(new Turn(turn.line(), turn.text(), turn.idleBefore(), List.copyOf(expectations)));
            }
            turn = null;
            expectations = new ArrayList<>();
        }

        private void finishConversation() {
            finishTurn();
            if (id == null) {
                return;
            }
            if (turns.isEmpty() || idlePending) {
                lineNumber = headerLine;
                line = "## " + id + " | " + kind;
                throw malformed(turns.isEmpty() ? "a conversation with no texts" : "'~ idle' with no text after it");
            }
            conversations.add(new Conversation(id, kind, headerLine, List.copyOf(turns)));
            id = null;
            turns = new ArrayList<>();
        }

        private IllegalArgumentException malformed(String why) {
            return new IllegalArgumentException(file + " line " + lineNumber + ": " + why + ": " + line);
        }
    }
}
