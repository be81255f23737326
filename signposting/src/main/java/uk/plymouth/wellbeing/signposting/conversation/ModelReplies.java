package uk.plymouth.wellbeing.signposting.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.assistant.AssistantChannel;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.assistant.ModelAssistant;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Free text answered by the optional language model, when a hub configured one: its checked words, with what its
 * search found kept as the conversation's results (so "2" and MORE work as after any search). An offer of a
 * callback or a survey starts our own questions, which ask for consent: the model never books anything. Its memory
 * is keyed by a salted hash of the number, never the number.
 */
@Component
class ModelReplies {

    private final ModelAssistant model;
    private final CallbackDialogue dialogue;
    private final SurveyDialogue surveys;
    private final byte[] salt = new byte[16];

    ModelReplies(ModelAssistant model, CallbackDialogue dialogue, SurveyDialogue surveys) {
        this.model = model;
        this.dialogue = dialogue;
        this.surveys = surveys;
        new SecureRandom().nextBytes(salt);
    }

    /** The model's turn, or empty: no model, or its reply was late, failed or not grounded. */
    Optional<Turn> reply(PhoneNumber from, ConversationState state, String body) {
        if (!model.configured()) {
            return Optional.empty();
        }
        return model.answer(conversationId(from), AssistantChannel.SMS, body).map(answer -> turn(state, answer));
    }

    void forget(PhoneNumber from) {
        if (model.configured()) {
            model.forget(conversationId(from));
        }
    }

    private Turn turn(ConversationState state, ModelAnswer answer) {
        if (answer.offer() == ModelAnswer.Offer.CALLBACK) {
            return dialogue.start(state);
        }
        if (answer.offer() == ModelAnswer.Offer.SURVEY) {
            return surveys.list(state);
        }
        if (answer.items().isEmpty()) {
            return new Turn(answer.text(), state);
        }
        List<Result> results = answer.items().stream()
                .map(item -> new Result(item.itemId(), item.hubId(), item.distanceKm())).toList();
        return new Turn(answer.text(), state.withResults(results, Math.min(SearchReplies.PAGE, results.size()), null));
    }

    private String conversationId(PhoneNumber from) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return "sms-" + HexFormat.of().formatHex(sha.digest(from.e164().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java", impossible);
        }
    }
}
