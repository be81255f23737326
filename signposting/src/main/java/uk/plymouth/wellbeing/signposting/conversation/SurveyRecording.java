package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Band;
import uk.plymouth.wellbeing.signposting.survey.FollowUpDelay;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult;

/**
 * A survey answered by text, recorded: the result in the survey's own words, with support offered (CALL, or FIND and
 * what would help) when the total, or any one question, is in its hardest band; what became of the follow-up. The
 * conversation then holds no list: a late answer is not read as a number from an old search.
 */
@Component
class SurveyRecording {

    private static final Logger log = LoggerFactory.getLogger(SurveyRecording.class);

    private final SurveyDefinitions definitions;
    private final SurveyResponses responses;
    private final SurveyHubs hubs;

    SurveyRecording(SurveyDefinitions definitions, SurveyResponses responses, SurveyHubs hubs) {
        this.definitions = definitions;
        this.responses = responses;
        this.hubs = hubs;
    }

    /** The survey is over (recorded, stopped or left): its answers go, and with them any list from before. */
    static ConversationState over(ConversationState state) {
        return state.surveyOver().withResults(List.of(), 0, null);
    }

    Turn record(PhoneNumber from, ConversationState state, Survey survey, SurveyInProgress answering,
            boolean followUp) {
        String hubId = Objects.requireNonNullElseGet(answering.hubId(), hubs::anyHubId);
        NewSurveyResponse response = new NewSurveyResponse(survey.id(), survey.version(), hubId, SurveyChannel.SMS,
                "en", answering.given(survey), followUp ? from : null, null);
        SurveyReceipt receipt;
        try {
            receipt = responses.record(response);
        } catch (IllegalArgumentException changed) {
            // InvalidAnswerException included: each answer was checked as it came, so the survey itself changed
            log.warn("Survey {} version {} by text not recorded: {}", survey.id(), survey.version(),
                    changed.getClass().getSimpleName());
            return new Turn(SurveyTexts.changed(definitions.current(survey.id()).map(Survey::keyword).orElse(null)),
                    over(state));
        }
        log.info("Survey {} answered by text (response {}){}", survey.id(), receipt.responseId(),
                followUp ? ", follow-up booked" : "");
        String followUpLine = switch (receipt.followUp()) {
            case BOOKED -> SurveyTexts.followUpBooked(FollowUpDelay.of(responses.followUpAfter()).inEnglish());
            case LINKED -> SurveyTexts.FOLLOW_UP_LINKED;
            case NONE -> null;
        };
        List<String> result = SurveyTexts.result(survey, receipt.result().message(), hardest(survey,
                receipt.result()), followUpLine);
        return new Turn(result.get(0), over(state), result.subList(1, result.size()));
    }

    /**
     * Whether the result is in the hardest band: the total's lowest, or one question's hardest (its lowest, or its
     * highest where a higher answer is the harder outcome, as for ONS4 anxiety).
     */
    static boolean hardest(Survey survey, SurveyResult result) {
        if (result.bandId() != null && !survey.bands().isEmpty()
                && survey.bands().get(0).id().equals(result.bandId())) {
            return true;
        }
        return result.questions().stream().anyMatch(answered -> survey.question(answered.questionId())
                .filter(question -> !question.bands().isEmpty())
                .map(question -> hardestBand(question).id().equals(answered.bandId())).orElse(false));
    }

    private static Band hardestBand(Question question) {
        List<Band> bands = question.bands();
        return question.reversed() ? bands.get(bands.size() - 1) : bands.get(0);
    }
}
