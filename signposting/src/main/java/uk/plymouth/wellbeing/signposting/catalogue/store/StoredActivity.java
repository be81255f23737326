package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;

@Entity
@Table(name = "activity")
class StoredActivity extends StoredItem {

    @Column(name = "hub_id", nullable = false, length = 64)
    private String hubId = "";

    @Column(nullable = false, length = 40)
    private String category = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, length = 30)
    private String status = "";

    @Column(name = "last_verified")
    private @Nullable LocalDate lastVerified;

    protected StoredActivity() {}

    StoredActivity(Activity activity, Instant now, boolean fromFiles) {
        super(activity.id(), ItemJson.of(activity), now, fromFiles);
        copyColumns(activity);
    }

    Change takeFromFiles(Activity activity, Instant now) {
        Change change = takeFromFiles(ItemJson.of(activity), now);
        if (change != Change.UNCHANGED) {
            copyColumns(activity);
        }
        return change;
    }

    void publish(Activity activity, boolean archived, Instant now) {
        publish(ItemJson.of(activity), archived, now);
        copyColumns(activity);
    }

    Activity activity() {
        return ItemJson.read(details(), Activity.class);
    }

    private void copyColumns(Activity activity) {
        this.hubId = activity.hubId();
        this.category = activity.category().id();
        this.title = activity.title();
        this.status = activity.status().id();
        this.lastVerified = activity.lastVerified();
    }
}
