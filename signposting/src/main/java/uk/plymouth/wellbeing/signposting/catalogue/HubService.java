package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service offered at one or more hubs, such as debt advice or a stop smoking clinic. */
public record HubService(
        String id,
        List<String> hubIds,
        Category category,
        String name,
        String summary,
        String description,
        String whoFor,
        Cost cost,
        List<AccessMode> access,
        @Nullable String when,
        List<Session> sessions,
        Contact contact,
        @Nullable String provider,
        List<String> tags,
        ItemStatus status,
        @Nullable String statusNote,
        LocalDate lastVerified)
        implements DirectoryItem {

    public HubService {
        hubIds = List.copyOf(hubIds);
        access = List.copyOf(access);
        sessions = List.copyOf(sessions);
        tags = List.copyOf(tags);
    }

    @Override
    public Kind kind() {
        return Kind.SERVICE;
    }

    @Override
    public String title() {
        return name;
    }
}
