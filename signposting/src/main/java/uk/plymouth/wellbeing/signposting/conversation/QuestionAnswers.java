package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.assistant.AssistantChannel;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.assistant.ModelAssistant;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment;
import uk.plymouth.wellbeing.signposting.crisis.CrisisCheck;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Answers a question typed at the kiosk's "Ask a question", with or without a language model. In this order:
 * <ol>
 *   <li>Nothing typed: how to ask.
 *   <li><b>Crisis language</b> ({@link CrisisCheck}, never the model): the crisis lines for its kind come first
 *       (the kiosk shows them from {@code CrisisLines}). Sure and asking nothing else: the crisis answer alone. Sure
 *       and asking something else: the answer to that. Unsure: the usual answer to the whole question, without the
 *       model. Checked before the length, so crisis words in a long message are not missed.
 *   <li>Too long for a kiosk question: ask in a sentence or two.
 *   <li>A language model, when one is configured ({@link ModelAssistant#configured()}): its checked answer, if any.
 *   <li>Otherwise, and whenever the model gives nothing: a callback or a survey when asked for (in words or by
 *       meaning), a friendly word for a greeting or thanks, how to say a listing is wrong ("it was closed"), how
 *       this works when asked, else a search (the top {@value #SHOWN} for this hub) or, when it finds nothing,
 *       other words to try and a callback.
 * </ol>
 * Never logs the question or the answer's words.
 */
@Service
public class QuestionAnswers {

    /** How many services an answer shows: a few cards a resident can take in at a glance. */
    public static final int SHOWN = 3;
    /** The longest question answered: a few sentences (the kiosk's field takes no more). */
    public static final int MAX_LENGTH = 500;

    static final String PROMPT = "Type your question in a few words, then tap Ask. For example: where can I get"
            + " food today?";
    static final String TOO_LONG = "That is a lot to take in at once. Please ask in a sentence or two, or ask us to"
            + " call you.";
    static final String CRISIS = "You do not have to face this alone. Please call one of the numbers above now, tell"
            + " a member of staff here, or ask us to call you as soon as we can.";
    static final String CALLBACK = "We can ring you back. Tap \"Ask us to call you\" and leave your number: a member"
            + " of staff will phone you.";
    static final String SURVEY = "Tap \"Tell us how you are\" to answer a few short questions about how you have"
            + " been lately. You do not give your name.";
    static final String GREETING = "Hello. Ask about anything you need help with, in your own words: for example"
            + " money worries, feeling lonely or a food bank.";
    static final String THANKS = "You are welcome. Ask another question any time, or ask us to call you.";
    static final String HELP = "Type what you need help with in your own words, then tap Ask. We show services"
            + " that may help: tap one for its details. You can also ask us to call you.";
    static final String FOUND = "These may help. Tap one to see its details, when it is on and how to get there.";
    static final String WRONG = "To tell us a listing is wrong, open it and tap \"Something wrong with this?\".";
    static final String NOTHING_FOUND = "Sorry, we found nothing for that. Try other words, such as food bank or"
            + " debt advice, or ask us to call you.";

    private static final Logger log = LoggerFactory.getLogger(QuestionAnswers.class);

    private final CrisisCheck crisisCheck;
    private final MeaningIntents intents;
    private final ServiceSearch search;
    private final ModelAssistant model;

    QuestionAnswers(CrisisCheck crisisCheck, MeaningIntents intents, ServiceSearch search, ModelAssistant model) {
        this.crisisCheck = crisisCheck;
        this.intents = intents;
        this.search = search;
        this.model = model;
    }

    /** The answer to a question, searching all hubs alike. */
    public QuestionAnswer answer(String sessionId, String question) {
        return answer(sessionId, question, null);
    }

    /**
     * The answer to a question asked at a kiosk; never throws for anything typed.
     *
     * @param sessionId the kiosk session's own random id (the model's memory of this conversation), never anything
     *     that names the resident
     * @param hubId the hub the kiosk stands in: its services rank a little higher (null: none)
     */
    public QuestionAnswer answer(String sessionId, String question, @Nullable String hubId) {
        // declared non-null, but a screen's bug must not stop the crisis check or the answer
        String words = Objects.requireNonNullElse(question, "").strip();
        if (words.isEmpty()) {
            return QuestionAnswer.of(QuestionAnswer.Kind.PROMPT, PROMPT);
        }
        CrisisAssessment crisis = crisisCheck.assess(words);
        if (crisis.alone()) {
            return QuestionAnswer.of(QuestionAnswer.Kind.CRISIS, CRISIS).withCrisisFirst(crisis.kind());
        }
        if (words.length() > MAX_LENGTH) {
            QuestionAnswer tooLong = QuestionAnswer.offering(QuestionAnswer.Kind.TOO_LONG, TOO_LONG,
                    ModelAnswer.Offer.CALLBACK);
            return crisis.isCrisis() ? tooLong.withCrisisFirst(crisis.kind()) : tooLong;
        }
        if (crisis.isCrisis()) {
            // the lines first, then our own answer to what else was asked; such words never go to a model
            String asked = crisis.level() == CrisisAssessment.Level.CLEAR ? crisis.otherWords() : words;
            return deterministic(asked, hubId).withCrisisFirst(crisis.kind());
        }
        return byModel(sessionId, words).orElseGet(() -> deterministic(words, hubId));
    }

    /** Whether answers may come from a language model, and so take seconds. */
    public boolean usesModel() {
        return model.configured();
    }

    /** Forgets what the model remembers of this kiosk session (the kiosk's idle reset or "Start again"). */
    public void forget(String sessionId) {
        try {
            model.forget(sessionId);
        } catch (RuntimeException failed) {
            log.warn("The language model could not forget a kiosk session: {}", failed.getClass().getName());
        }
    }

    private Optional<QuestionAnswer> byModel(String sessionId, String words) {
        if (!model.configured()) {
            return Optional.empty();
        }
        try {
            return model.answer(sessionId, AssistantChannel.KIOSK, words)
                    .filter(answer -> !answer.text().isBlank())
                    .map(answer -> new QuestionAnswer(QuestionAnswer.Kind.MODEL, answer.text().strip(),
                            answer.items(), answer.offer(), null, true));
        } catch (RuntimeException failed) {
            // the exception may quote the question: name only what failed
            log.warn("The language model failed on a kiosk question ({}); answered without it",
                    failed.getClass().getName());
            return Optional.empty();
        }
    }

    private QuestionAnswer deterministic(String words, @Nullable String hubId) {
        if (Keywords.asksForCall(words)) {
            return callback();
        }
        if (Keywords.asksForSurvey(words)) {
            return survey();
        }
        if (Keywords.isGreeting(words)) {
            return QuestionAnswer.of(QuestionAnswer.Kind.GREETING, GREETING);
        }
        if (Keywords.isThanks(words)) {
            return QuestionAnswer.of(QuestionAnswer.Kind.THANKS, THANKS);
        }
        if (ProblemWords.read(words) != null) {
            return QuestionAnswer.of(QuestionAnswer.Kind.WRONG, WRONG);
        }
        String word = Keywords.oneWord(words);
        if (word != null && Keywords.HELP.contains(word)) {
            return help();
        }
        Optional<MeaningIntents.Intent> meant = intents.of(words);
        if (meant.isPresent()) {
            return meant(meant.get());
        }
        return searched(words, hubId);
    }

    private QuestionAnswer meant(MeaningIntents.Intent intent) {
        return switch (intent) {
            case CALLBACK -> callback();
            case SURVEY -> survey();
            case GREETING -> QuestionAnswer.of(QuestionAnswer.Kind.GREETING, GREETING);
            case THANKS -> QuestionAnswer.of(QuestionAnswer.Kind.THANKS, THANKS);
            default -> help();
        };
    }

    private QuestionAnswer searched(String words, @Nullable String hubId) {
        SearchResults found = SearchReplies.readable(words)
                ? search.search(SearchRequest.forText(words).preferringHub(hubId).page(0, SHOWN))
                : null;
        if (found == null || found.isEmpty()) {
            return QuestionAnswer.offering(QuestionAnswer.Kind.NOTHING_FOUND, NOTHING_FOUND,
                    ModelAnswer.Offer.CALLBACK);
        }
        List<ModelAnswer.FoundItem> items = found.hits().stream().limit(SHOWN)
                .map(hit -> new ModelAnswer.FoundItem(hit.item().id(), hit.nearestHubId(), hit.distanceKm()))
                .toList();
        return new QuestionAnswer(QuestionAnswer.Kind.FOUND, FOUND, items, ModelAnswer.Offer.NONE, null, false);
    }

    private static QuestionAnswer callback() {
        return QuestionAnswer.offering(QuestionAnswer.Kind.CALLBACK, CALLBACK, ModelAnswer.Offer.CALLBACK);
    }

    private static QuestionAnswer survey() {
        return QuestionAnswer.offering(QuestionAnswer.Kind.SURVEY, SURVEY, ModelAnswer.Offer.SURVEY);
    }

    private static QuestionAnswer help() {
        return QuestionAnswer.offering(QuestionAnswer.Kind.HELP, HELP, ModelAnswer.Offer.CALLBACK);
    }
}
