package uk.plymouth.wellbeing.signposting.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * The live directory every channel reads: hubs, services, activities and what's on. Replaced as a whole when
 * content is (re)loaded, so readers always see one consistent version.
 */
@Service
public class Catalogue {

    private volatile CatalogueSnapshot snapshot = CatalogueSnapshot.EMPTY;
    private volatile PostcodeDirectory places = PostcodeDirectory.empty();

    /** Makes a new version of the directory live. Called by the content loader. */
    public void replace(CatalogueSnapshot next) {
        this.places = next.places();
        this.snapshot = next;
    }

    public CatalogueSnapshot snapshot() {
        return snapshot;
    }

    public PostcodeDirectory places() {
        return places;
    }

    public List<Hub> hubs() {
        return List.copyOf(snapshot.hubs().values());
    }

    public Optional<Hub> hub(String id) {
        return Optional.ofNullable(snapshot.hubs().get(id));
    }

    public Optional<HubService> service(String id) {
        return Optional.ofNullable(snapshot.services().get(id));
    }

    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(snapshot.activities().get(id));
    }

    /** A service or an activity by its id. */
    public Optional<DirectoryItem> item(String id) {
        CatalogueSnapshot current = snapshot;
        DirectoryItem service = current.services().get(id);
        return Optional.ofNullable(service != null ? service : current.activities().get(id));
    }

    public List<HubService> services() {
        return List.copyOf(snapshot.services().values());
    }

    public List<Activity> activities() {
        return List.copyOf(snapshot.activities().values());
    }

    /**
     * Every activity session from {@code from} for {@code days} days (1 = that day only), in time order, at one
     * hub or (hub null) at all hubs.
     */
    public List<Occurrence> whatsOn(LocalDate from, int days, @Nullable String hubId) {
        List<Occurrence> sessions = new ArrayList<>();
        for (Activity activity : snapshot.activities().values()) {
            if (hubId != null && !activity.hubId().equals(hubId)) {
                continue;
            }
            for (int offset = 0; offset < days; offset++) {
                LocalDate date = from.plusDays(offset);
                if (activity.occursOn(date)) {
                    sessions.add(new Occurrence(activity, date));
                }
            }
        }
        sessions.sort(Comparator.comparing(Occurrence::start).thenComparing(o -> o.activity().title()));
        return sessions;
    }
}
