package uk.plymouth.wellbeing.staff.directory;

import java.time.Clock;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;

/** Where the version on the page stands, in one or two sentences. */
final class Standing {

    private Standing() {}

    static String of(ItemVersion v, boolean needsChecking, Clock clock) {
        StringBuilder words = new StringBuilder("Version " + v.version());
        if (v.isDraft()) {
            words.append(" is a draft waiting for a hub lead to publish it, saved by ").append(v.author())
                    .append(" on ").append(DirectoryWords.time(v.createdAt(), clock))
                    .append(". Residents still see the last published version.");
        } else if (v.archived()) {
            words.append(" took it off the directory (archived) on ").append(DirectoryWords.time(v.createdAt(), clock))
                    .append(". Residents do not see it. \"Restore\" puts it back.");
        } else {
            words.append(", published").append(v.publishedAt() == null ? "" : " on "
                    + DirectoryWords.time(v.publishedAt(), clock)).append(v.publishedBy() == null ? ""
                            : " by " + v.publishedBy()).append(". This is what residents see.");
        }
        if (v.record() instanceof DirectoryItem item) {
            words.append(' ').append(Character.toUpperCase(DirectoryWords.checked(item.lastVerified()).charAt(0)))
                    .append(DirectoryWords.checked(item.lastVerified()).substring(1))
                    .append(needsChecking ? ": it needs checking." : ".");
        }
        return words.toString();
    }
}
