package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.Reporter;

/**
 * WRONG by text ({@link ProblemWords}): after a listing's details were sent, a report about it for the staff of the
 * hub it was shown for, and thanks (the same thanks when a rate limit does not keep it); with no listing sent lately,
 * which one or how. The number is used only for the rate limit, never kept with the report.
 */
@Component
class ProblemReplies {

    private final ProblemReports reports;
    private final Catalogue catalogue;

    ProblemReplies(ProblemReports reports, Catalogue catalogue) {
        this.reports = reports;
        this.catalogue = catalogue;
    }

    /** Reports the listing whose details were last sent; a second WRONG then asks which one. */
    Turn report(PhoneNumber from, ConversationState state, ProblemWords words) {
        Result sent = Objects.requireNonNull(state.detailsSent(), "details sent");
        ConversationState reported = state.detailsSent(null);
        Optional<DirectoryItem> item = catalogue.item(sent.itemId())
                .filter(found -> found.hubIds().contains(sent.hubId()));
        if (item.isEmpty()) {
            return new Turn(ReplyTexts.ITEM_GONE, reported);
        }
        reports.report(sent.itemId(), words.kind(), words.note(), Reporter.byText(from), sent.hubId());
        String hub = catalogue.hub(sent.hubId()).map(HelpReply::shortName).orElse(null);
        return new Turn(ReplyTexts.problemReported(hub, item.get().title()), reported);
    }

    /** WRONG with no listing sent lately: which of the results listed, or how to report one. */
    Turn whichOne(ConversationState state) {
        return new Turn(state.shown() > 0 ? ReplyTexts.WRONG_WHICH : ReplyTexts.WRONG_HOW, state);
    }
}
