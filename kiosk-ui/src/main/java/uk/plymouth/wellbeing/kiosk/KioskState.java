package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.conversation.QuestionAnswer;
import uk.plymouth.wellbeing.signposting.conversation.QuestionAnswers;

/**
 * What the kiosk remembers about the person using it now: their search, filters, text size, contrast, language
 * their half-filled "Ask us to call you" answers and the last question they asked. Lives in the server session only
 * (never in the address bar or browser storage) and is thrown away with the session when they walk away or press
 * "Start again"; the assistant then forgets their conversation too.
 */
@SpringComponent
@VaadinSessionScope
class KioskState {

    static final int LARGEST_TEXT = 3;

    private @Nullable String hubId;
    private int textSize;
    private boolean highContrast;
    private @Nullable Locale locale;
    private KioskSearch search = KioskSearch.NONE;
    private final CallMeAnswers callMe = new CallMeAnswers();
    /** A random name for this session's conversation with the assistant: says nothing about the resident. */
    private final String askId = UUID.randomUUID().toString();
    private @Nullable String askedQuestion;
    private @Nullable QuestionAnswer askedAnswer;
    private final QuestionAnswers questionAnswers;

    KioskState(QuestionAnswers questionAnswers) {
        this.questionAnswers = questionAnswers;
    }

    @Nullable
    String hubId() {
        return hubId;
    }

    void hubId(String id) {
        this.hubId = id;
    }

    int textSize() {
        return textSize;
    }

    /** One step bigger, back to normal after the largest. */
    int nextTextSize() {
        textSize = textSize >= LARGEST_TEXT ? 0 : textSize + 1;
        return textSize;
    }

    boolean highContrast() {
        return highContrast;
    }

    boolean toggleHighContrast() {
        highContrast = !highContrast;
        return highContrast;
    }

    @Nullable
    Locale locale() {
        return locale;
    }

    void locale(Locale chosen) {
        this.locale = chosen;
    }

    KioskSearch search() {
        return search;
    }

    void search(KioskSearch next) {
        this.search = next;
    }

    /** "Ask us to call you": the answers so far, or the receipt once sent. */
    CallMeAnswers callMe() {
        return callMe;
    }

    /** This session's conversation with "Ask a question", by a random id (never a phone number). */
    String askId() {
        return askId;
    }

    /** The last question asked in "Ask a question", and its answer. */
    void asked(String question, QuestionAnswer answer) {
        this.askedQuestion = question;
        this.askedAnswer = answer;
    }

    @Nullable
    String askedQuestion() {
        return askedQuestion;
    }

    @Nullable
    QuestionAnswer askedAnswer() {
        return askedAnswer;
    }

    /** The session has ended (idle reset, "Start again", time-out): the assistant forgets this conversation too. */
    @PreDestroy
    void forgetConversation() {
        // even with no answer shown yet: a model may have been asked just before they walked away
        questionAnswers.forget(askId);
    }
}
