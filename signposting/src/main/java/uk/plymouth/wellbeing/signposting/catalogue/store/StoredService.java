package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;

@Entity
@Table(name = "directory_service")
class StoredService extends StoredItem {

    @Column(nullable = false, length = 40)
    private String category = "";

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 30)
    private String status = "";

    @Column(name = "last_verified")
    private @Nullable LocalDate lastVerified;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_hub", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "hub_id", length = 64)
    private Set<String> hubIds = new HashSet<>();

    protected StoredService() {}

    StoredService(HubService service, Instant now, boolean fromFiles) {
        super(service.id(), ItemJson.of(service), now, fromFiles);
        copyColumns(service);
    }

    Change takeFromFiles(HubService service, Instant now) {
        Change change = takeFromFiles(ItemJson.of(service), now);
        if (change != Change.UNCHANGED) {
            copyColumns(service);
        }
        return change;
    }

    void publish(HubService service, boolean archived, Instant now) {
        publish(ItemJson.of(service), archived, now);
        copyColumns(service);
    }

    HubService service() {
        return ItemJson.read(details(), HubService.class);
    }

    private void copyColumns(HubService service) {
        this.category = service.category().id();
        this.name = service.name();
        this.status = service.status().id();
        this.lastVerified = service.lastVerified();
        if (!hubIds.equals(Set.copyOf(service.hubIds()))) {
            hubIds.clear();
            hubIds.addAll(service.hubIds());
        }
    }
}
