package uk.plymouth.wellbeing.signposting.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/**
 * What the tools returned in one turn: the items found (for cards and numbered details), the phone numbers, times
 * and names the model was shown (the facts its reply may use), and an offer. Written by the tools on the model's
 * thread, read after it has finished.
 */
final class TurnFindings {

    private final Catalogue catalogue;
    private final Map<String, ModelAnswer.FoundItem> items = new LinkedHashMap<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<Integer> times = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final List<String> toolsUsed = new ArrayList<>();
    private ModelAnswer.Offer offer = ModelAnswer.Offer.NONE;

    TurnFindings(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    synchronized void found(DirectoryItem item, @Nullable String hubId, @Nullable Double distanceKm) {
        String hub = hubId != null ? hubId : item.hubIds().isEmpty() ? "" : item.hubIds().get(0);
        items.putIfAbsent(item.id(), new ModelAnswer.FoundItem(item.id(), hub, distanceKm));
        names.add(item.title());
        catalogue.hub(hub).map(Hub::name).ifPresent(names::add);
    }

    /** The text as shown to the model: its phone numbers and times become facts a reply may repeat. */
    synchronized String shown(String text) {
        phones.addAll(PhoneMentions.in(text));
        times.addAll(TimeMentions.in(text));
        return text;
    }

    synchronized void offer(ModelAnswer.Offer offered) {
        offer = offered;
    }

    synchronized void used(String tool) {
        toolsUsed.add(tool);
    }

    synchronized Optional<String> hubFor(String itemId) {
        return Optional.ofNullable(items.get(itemId)).map(ModelAnswer.FoundItem::hubId);
    }

    synchronized List<ModelAnswer.FoundItem> items() {
        return List.copyOf(items.values());
    }

    synchronized ModelAnswer.Offer offer() {
        return offer;
    }

    synchronized List<String> toolsUsed() {
        return List.copyOf(toolsUsed);
    }

    /** The conversation's facts so far with this turn's added. */
    synchronized GroundingFacts addedTo(GroundingFacts before) {
        return before.with(phones, times, names);
    }
}
