package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps ids unique across every file, and knows which hubs exist. */
final class IdRegister {

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final ContentProblems problems;
    private final Set<String> hubIds = new HashSet<>();
    private final Map<String, String> firstSeen = new HashMap<>();

    IdRegister(ContentProblems problems) {
        this.problems = problems;
    }

    Set<String> hubIds() {
        return hubIds;
    }

    /** Ids other items already have (archived ones too: ids are never reused), as if they had been read first. */
    void alreadyTaken(Collection<String> ids) {
        ids.forEach(id -> firstSeen.putIfAbsent(id, "by another service or activity"));
    }

    /** Checks the shape of an id and that no other service or activity already has it. */
    void claim(YamlMap map, String id) {
        if (id.isEmpty()) {
            return;
        }
        if (!ID.matcher(id).matches() || id.length() > 64) {
            map.problem("id", "\"" + id + "\" should be lower-case letters and digits joined by hyphens, "
                    + "at most 64 characters, such as fg-debt-advice");
        }
        String where = map.file() + " line " + map.lineOf("id");
        String previous = firstSeen.putIfAbsent(id, where);
        if (previous != null) {
            map.problem("id", "\"" + id + "\" is already used (" + previous + "); every id must be unique");
        }
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches() && id.length() <= 64;
    }
}
