package uk.plymouth.wellbeing.kiosk;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/** Which hub a kiosk stands in: the one its address names, if we know it, else the configured one. */
@Component
class KioskHubs {

    private final Catalogue catalogue;
    private final KioskProperties properties;

    KioskHubs(Catalogue catalogue, KioskProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    String resolve(@Nullable String requested) {
        if (requested != null && catalogue.hub(requested.strip()).isPresent()) {
            return requested.strip();
        }
        return properties.hubId();
    }

    /** The hub to show an item at: the kiosk's own, if the item is there, else the item's first. */
    @Nullable
    Hub forItem(DirectoryItem item, @Nullable String kioskHubId) {
        String id = kioskHubId != null && item.hubIds().contains(kioskHubId) ? kioskHubId : item.hubIds().get(0);
        return catalogue.hub(id).orElse(null);
    }

    @Nullable
    Hub hub(@Nullable String id) {
        return id == null ? null : catalogue.hub(id).orElse(null);
    }
}
