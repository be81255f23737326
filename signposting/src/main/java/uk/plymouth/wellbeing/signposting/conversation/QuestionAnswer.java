package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * The kiosk's answer to a typed question: words to show, the services found for it (shown as cards), a next step
 * to offer with a button, and whether the crisis lines come first. Its {@link #toString()} leaves the words out,
 * as a model's words may quote the resident.
 *
 * @param kind what sort of answer it is, so a kiosk in another language can show its own words for it
 * @param text the answer in plain English (a model's own words when {@code byModel})
 * @param items directory items that may help, best first; empty when none were looked for or found
 * @param offer the next step to offer (a callback or a survey); never done without the resident choosing it
 * @param crisisKind the kind of danger the question may mean: its crisis lines are shown first, above everything
 *     else; null when it does not look like a crisis
 * @param byModel whether a language model wrote the words (the kiosk then says to check details with staff)
 */
public record QuestionAnswer(Kind kind, String text, List<ModelAnswer.FoundItem> items, ModelAnswer.Offer offer,
        @Nullable CrisisKind crisisKind, boolean byModel) {

    public QuestionAnswer {
        items = List.copyOf(items);
    }

    /** What sort of answer it is. */
    public enum Kind {
        /** Nothing was typed: how to ask. */
        PROMPT,
        /** More than a kiosk question: ask in a sentence or two. */
        TOO_LONG,
        /** Crisis words asking nothing else: the crisis lines and an urgent callback, nothing else. */
        CRISIS,
        /** They asked to be called: the "Ask us to call you" button. */
        CALLBACK,
        /** They asked for a survey: the "Tell us how you are" button. */
        SURVEY,
        GREETING,
        THANKS,
        /** They said a listing is wrong: how to tell us, from its details. */
        WRONG,
        /** They asked how this works. */
        HELP,
        /** Services that may help, as cards. */
        FOUND,
        /** Nothing found: other words, or a callback. */
        NOTHING_FOUND,
        /** A language model's answer, in its own words. */
        MODEL
    }

    static QuestionAnswer of(Kind kind, String text) {
        return new QuestionAnswer(kind, text, List.of(), ModelAnswer.Offer.NONE, null, false);
    }

    static QuestionAnswer offering(Kind kind, String text, ModelAnswer.Offer offer) {
        return new QuestionAnswer(kind, text, List.of(), offer, null, false);
    }

    /** This answer, with the crisis lines for this kind of danger first. */
    QuestionAnswer withCrisisFirst(@Nullable CrisisKind crisis) {
        return new QuestionAnswer(kind, text, items, offer, crisis, byModel);
    }

    /** Whether the question may mean a crisis: the crisis lines come first. */
    public boolean crisis() {
        return crisisKind != null;
    }

    @Override
    public String toString() {
        return "QuestionAnswer[kind=" + kind + ", length=" + text.length() + ", items=" + items.size() + ", offer="
                + offer + ", crisis=" + crisisKind + ", byModel=" + byModel + "]";
    }
}
