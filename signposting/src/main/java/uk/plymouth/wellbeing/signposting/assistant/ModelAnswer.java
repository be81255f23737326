package uk.plymouth.wellbeing.signposting.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A language model's reply that passed every check ({@link GroundingCheck}, length, time): the words to show or
 * send, the directory items the tools found for it (in the tools' order, for cards or numbered details), and what
 * the model offered to do next. Its {@link #toString()} leaves the words out.
 *
 * @param text the reply in words
 * @param items what the tools found this turn, best first; empty if it did not search
 * @param offer a next step the resident must still confirm through the channel's own questions
 */
public record ModelAnswer(String text, List<FoundItem> items, Offer offer) {

    public ModelAnswer {
        items = List.copyOf(items);
    }

    /** A directory item a tool returned, at the hub it was found for. */
    public record FoundItem(String itemId, String hubId, @Nullable Double distanceKm) {}

    /**
     * What the model offered: never done by the model itself. A callback goes through the channel's own questions
     * and consent (the SMS dialogue, the kiosk's "Ask us to call you"); a survey through its own start page.
     */
    public enum Offer {
        NONE, CALLBACK, SURVEY
    }

    @Override
    public String toString() {
        return "ModelAnswer[length=" + text.length() + ", items=" + items.size() + ", offer=" + offer + "]";
    }
}
