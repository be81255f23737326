package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

@Entity
@Table(name = "hub")
class StoredHub extends StoredItem {

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 10)
    private String postcode = "";

    protected StoredHub() {}

    StoredHub(Hub hub, Instant now, boolean fromFiles) {
        super(hub.id(), ItemJson.of(hub), now, fromFiles);
        copyColumns(hub);
    }

    Change takeFromFiles(Hub hub, Instant now) {
        Change change = takeFromFiles(ItemJson.of(hub), now);
        if (change != Change.UNCHANGED) {
            copyColumns(hub);
        }
        return change;
    }

    void publish(Hub hub, boolean archived, Instant now) {
        publish(ItemJson.of(hub), archived, now);
        copyColumns(hub);
    }

    Hub hub() {
        return ItemJson.read(details(), Hub.class);
    }

    private void copyColumns(Hub hub) {
        this.name = hub.name();
        this.postcode = hub.postcode();
    }
}
