package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A regular activity at a hub, such as walking football on Tuesdays or a knit and natter group. */
public record Activity(
        String id,
        String hubId,
        String title,
        Category category,
        String description,
        @Nullable String whoFor,
        ActivitySchedule schedule,
        Cost cost,
        boolean bookingNeeded,
        @Nullable String bookingNote,
        List<String> tags,
        ItemStatus status,
        @Nullable String statusNote,
        @Nullable LocalDate lastVerified)
        implements DirectoryItem {

    public Activity {
        tags = List.copyOf(tags);
    }

    @Override
    public Kind kind() {
        return Kind.ACTIVITY;
    }

    @Override
    public List<String> hubIds() {
        return List.of(hubId);
    }

    /** The first sentence of the description: activities have no separate summary. */
    @Override
    public String summary() {
        int end = description.indexOf(". ");
        String first = end > 0 ? description.substring(0, end + 1) : description;
        return first.length() <= 160 ? first : first.substring(0, 157).trim() + "...";
    }

    public boolean occursOn(LocalDate date) {
        return status == ItemStatus.ACTIVE && schedule.occursOn(date);
    }
}
