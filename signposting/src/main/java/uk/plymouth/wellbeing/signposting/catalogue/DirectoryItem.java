package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Something a resident can be signposted to: a hub service or an activity. */
public sealed interface DirectoryItem permits HubService, Activity {

    enum Kind {
        SERVICE,
        ACTIVITY
    }

    String id();

    Kind kind();

    /** The name residents see: a service's name or an activity's title. */
    String title();

    String summary();

    String description();

    Category category();

    List<String> hubIds();

    Cost cost();

    ItemStatus status();

    @Nullable
    String statusNote();

    List<String> tags();

    @Nullable
    LocalDate lastVerified();
}
