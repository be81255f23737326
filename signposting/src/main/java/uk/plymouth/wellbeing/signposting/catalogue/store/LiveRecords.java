package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;

/** The live row of each hub, service and activity: what residents see, read and written one item at a time. */
@Service
public class LiveRecords {

    /** An item's live record, whether it is archived, and when it last changed. */
    public record Live(Object record, boolean archived, Instant changedAt) {}

    private final StoredHubRepository hubs;
    private final StoredServiceRepository services;
    private final StoredActivityRepository activities;

    LiveRecords(StoredHubRepository hubs, StoredServiceRepository services, StoredActivityRepository activities) {
        this.hubs = hubs;
        this.services = services;
        this.activities = activities;
    }

    @Transactional(readOnly = true)
    public Optional<Live> find(ItemRef ref) {
        return switch (ref.kind()) {
            case HUB -> hubs.findById(ref.id()).map(s -> new Live(s.hub(), s.isArchived(), s.updatedAt()));
            case SERVICE -> services.findById(ref.id())
                    .map(s -> new Live(s.service(), s.isArchived(), s.updatedAt()));
            case ACTIVITY -> activities.findById(ref.id())
                    .map(s -> new Live(s.activity(), s.isArchived(), s.updatedAt()));
        };
    }

    /** Reads several items at once, for the instances following the change log. */
    @Transactional(readOnly = true)
    public java.util.Map<ItemRef, Live> findAll(Collection<ItemRef> refs) {
        java.util.Map<ItemRef, Live> found = new java.util.HashMap<>();
        for (ItemRef ref : refs) {
            find(ref).ifPresent(live -> found.put(ref, live));
        }
        return found;
    }

    /** Writes a published version to the live row, in the publisher's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(Object record, boolean archived, Instant now) {
        if (record instanceof Hub hub) {
            write(hubs, hub.id(), () -> new StoredHub(hub, now, false)).publish(hub, archived, now);
        } else if (record instanceof HubService service) {
            write(services, service.id(), () -> new StoredService(service, now, false))
                    .publish(service, archived, now);
        } else if (record instanceof Activity activity) {
            write(activities, activity.id(), () -> new StoredActivity(activity, now, false))
                    .publish(activity, archived, now);
        } else {
            throw new IllegalArgumentException("Not a directory record: " + record.getClass());
        }
    }

    private static <E extends StoredItem> E write(JpaRepository<E, String> repository, String id,
            java.util.function.Supplier<E> create) {
        @Nullable E existing = repository.findById(id).orElse(null);
        return existing != null ? existing : repository.save(create.get());
    }
}
