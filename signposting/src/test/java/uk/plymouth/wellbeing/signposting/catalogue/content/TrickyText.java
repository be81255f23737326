package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.List;

/** Text that YAML, HTML or a careless writer could change: each must come back exactly as it went in. */
final class TrickyText {

    static final List<String> ALL = List.of(
            "He said \"come in\" and 'sit down'",
            "Time: 10:00 # not a comment",
            "# looks like a comment",
            "- looks like a list entry",
            "Tea ☕ and a chat 😊👍🏽",
            "مرحباً بكم في المركز \u200Fكل يوم ثلاثاء",
            "<script>alert('hi')</script> & <b>bold</b>",
            "First line\nsecond line\n\n    indented after a blank line",
            ": starts with a colon, {braces}, [brackets], &anchor, *alias, !tag, |pipe, >more, %, @, `tick`",
            "yes",
            "null",
            "~",
            "2026-11-24",
            "12:30",
            "0x1F",
            "A long line with  two spaces  inside, which a folding writer could easily squash into one, and more"
                    + " words after it so that it is well over the width of a line in the file.",
            "Ends with a backslash \\ and a tab\tinside");

    private TrickyText() {}

    /** At most {@code max} characters, as a field with a limit takes it. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
