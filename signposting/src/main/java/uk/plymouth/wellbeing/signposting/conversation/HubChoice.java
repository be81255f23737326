package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.Postcode;

/**
 * Which hub a texter deals with: the one nearest a place they gave (a postcode, district or neighbourhood), else
 * {@code hub.conversation.default-hub-id}, else the directory's first hub.
 */
@Component
class HubChoice {

    private final Catalogue catalogue;
    private final ConversationProperties properties;

    HubChoice(Catalogue catalogue, ConversationProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    /** The hub for a callback or for HELP, given the hub nearest a place they gave, if any. */
    Optional<Hub> forCallback(@Nullable String nearHubId) {
        Optional<Hub> near = nearHubId == null ? Optional.empty() : catalogue.hub(nearHubId);
        if (near.isPresent()) {
            return near;
        }
        Optional<Hub> chosen = catalogue.hub(properties.defaultHubId());
        return chosen.isPresent() ? chosen : catalogue.hubs().stream().findFirst();
    }

    /** The hub nearest a place named in free text ("debt advice PL5 3AB", "in plympton"), if one is named. */
    Optional<String> nearestTo(String text) {
        String[] words = Keywords.tidy(text).split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String pair = i + 1 < words.length ? word + " " + words[i + 1] : null;
            Optional<GeoPoint> point = pointOf(pair).or(() -> pointOf(word));
            if (point.isPresent()) {
                return nearestTo(point.get());
            }
        }
        return Optional.empty();
    }

    /** The hub nearest the place a search was made from, when the search understood one. */
    Optional<String> nearestTo(@Nullable PlaceLookup place) {
        return place == null || place.point() == null ? Optional.empty() : nearestTo(place.point());
    }

    private Optional<String> nearestTo(GeoPoint point) {
        return catalogue.hubs().stream().min(Comparator.comparingDouble(hub -> hub.location().distanceKm(point)))
                .map(Hub::id);
    }

    private Optional<GeoPoint> pointOf(@Nullable String words) {
        if (words == null || words.isEmpty()) {
            return Optional.empty();
        }
        boolean place = catalogue.places().areaNames().contains(words.toLowerCase(Locale.UK))
                || Postcode.parse(words).filter(code -> code.district().startsWith("PL")).isPresent();
        return place ? Optional.ofNullable(catalogue.places().lookup(words).point()) : Optional.empty();
    }
}
