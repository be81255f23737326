package uk.plymouth.wellbeing.kiosk;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * The half-filled answers of "Ask us to call you" and where each answer leads next. Held by {@link KioskState}, so
 * it lives in the server session only and is gone when the kiosk starts again. It gathers answers as typed and
 * leaves checking them to the domain ({@link PhoneNumber}, {@link CallbackQueue#request(NewCallback)}).
 */
final class CallMeAnswers {

    /** What staff read on a request made from the kiosk's crisis help. */
    static final String URGENT_ABOUT = "Typed words at the kiosk that may mean a crisis and asked for an urgent call.";
    /** Where the journey started, to go back to from its first question: a route, "" for Home. */
    private String origin = "";
    private final Set<CallMeStep> answered = EnumSet.noneOf(CallMeStep.class);
    private boolean changing;
    private @Nullable String firstName;
    private String phone = "";
    private @Nullable Category category;
    private String aboutText = "";
    private @Nullable String aboutItemId;
    private BestTime bestTime = BestTime.ANY;
    private boolean voicemail;
    private boolean sayHub;
    private @Nullable String hubId;
    private boolean consent;
    private boolean textMe;
    private boolean urgent;
    private @Nullable CrisisKind crisis;
    private @Nullable CallbackReceipt receipt;

    /** A fresh request, for a resident who came from {@code origin}, to be called by this kiosk's hub. */
    void begin(String origin, @Nullable String kioskHub) {
        forget();
        this.origin = origin;
        this.hubId = kioskHub;
    }

    /** Forgets every answer and any receipt. */
    void forget() {
        origin = "";
        answered.clear();
        changing = false;
        firstName = null;
        phone = "";
        category = null;
        aboutText = "";
        aboutItemId = null;
        bestTime = BestTime.ANY;
        voicemail = false;
        sayHub = false;
        hubId = null;
        consent = false;
        textMe = false;
        urgent = false;
        crisis = null;
        receipt = null;
    }

    /** They asked from a service or activity's page: the request is about that. */
    void aboutItem(String itemId, Category itsCategory) {
        aboutItemId = itemId;
        category = itsCategory;
    }

    /**
     * They typed words that may mean a crisis and asked to be called: the request goes in marked urgent, and staff
     * read why before anything they choose to say on "what is it about" (never the words they searched with).
     */
    void urgent() {
        urgent = true;
    }

    /**
     * As {@link #urgent()}, with the kind of danger their words may mean (null: not known): staff see it as the reason
     * the request is urgent, never the words. Of two kinds, the more urgent one stays.
     */
    void urgent(@Nullable CrisisKind kind) {
        urgent = true;
        if (kind != null && (crisis == null || kind.compareTo(crisis) < 0)) {
            crisis = kind;
        }
    }

    /** What they wrote it is about, as the crisis check read it: crisis words make it urgent, with their kind. */
    void aboutRead(CrisisAssessment about) {
        if (about.isCrisis()) {
            urgent(about.kind());
        }
    }

    boolean isUrgent() {
        return urgent;
    }

    /** They found nothing: their search words are a good start for "what is it about". */
    void aboutWords(String words) {
        String tidy = words.strip();
        aboutText = tidy.length() > CallbackQueue.MAX_ABOUT_TEXT ? tidy.substring(0, CallbackQueue.MAX_ABOUT_TEXT)
                : tidy;
    }

    // ---- answering ---------------------------------------------------------------------------------------------

    /** Their first name; false (nothing kept) when they typed nothing. */
    boolean name(String typed) {
        if (typed.isBlank()) {
            return false;
        }
        firstName = typed;
        answered.add(CallMeStep.NAME);
        return true;
    }

    void preferNotToSayName() {
        firstName = null;
        answered.add(CallMeStep.NAME);
    }

    /**
     * The number as typed, kept even when it will not do, so they can correct it.
     *
     * @throws InvalidPhoneNumberException saying what is wrong with it
     */
    void phone(String typed) {
        phone = typed;
        PhoneNumber.parseUk(typed);
        answered.add(CallMeStep.PHONE);
    }

    /** A topic, some words, both or neither: all are fine. */
    void about(@Nullable Category topic, String words) {
        category = topic;
        aboutText = words;
        answered.add(CallMeStep.ABOUT);
    }

    void bestTime(BestTime time) {
        bestTime = time;
        answered.add(CallMeStep.TIME);
    }

    void safeContact(boolean mayLeaveVoicemail, boolean maySayHub) {
        voicemail = mayLeaveVoicemail;
        sayHub = maySayHub;
        answered.add(CallMeStep.SAFE);
    }

    void hub(String id) {
        hubId = id;
        answered.add(CallMeStep.HUB);
    }

    /**
     * Their consent and whether they want a text; both kept as ticked, accepted only with consent.
     *
     * @return false without consent
     * @throws InvalidPhoneNumberException when they want a text but gave a number texts cannot reach
     */
    boolean consent(boolean given, boolean wantsText) {
        consent = given;
        textMe = wantsText;
        if (!given) {
            return false;
        }
        if (wantsText) {
            PhoneNumber.parseUkMobile(phone);
        }
        answered.add(CallMeStep.CONSENT);
        return true;
    }

    // ---- moving between questions ------------------------------------------------------------------------------

    /** The check page changes one answer: after it, back to the check page. */
    void changing(CallMeStep step) {
        changing = step.isQuestion();
    }

    boolean isChanging() {
        return changing;
    }

    /** Where "Continue" goes from a question just answered. */
    CallMeStep after(CallMeStep step) {
        if (changing) {
            changing = false;
            return CallMeStep.CHECK;
        }
        return step.next();
    }

    /** Where "Back" goes: the previous question, the check page when changing, or (empty) where they came from. */
    Optional<CallMeStep> before(CallMeStep step) {
        if (changing && step.isQuestion()) {
            return Optional.of(CallMeStep.CHECK);
        }
        if (step == CallMeStep.NAME || step == CallMeStep.DONE) {
            return Optional.empty();
        }
        return Optional.of(step.previous());
    }

    /** The first question still to answer, if any: the check page cannot be shown before. */
    Optional<CallMeStep> firstUnanswered() {
        for (CallMeStep step : CallMeStep.values()) {
            if (step.isQuestion() && !answered.contains(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    // ---- sending -----------------------------------------------------------------------------------------------

    NewCallback request(String kioskHub) {
        return NewCallback.at(hubId == null ? kioskHub : hubId, phone, Channel.KIOSK)
                .withFirstName(firstName)
                .withAbout(category, aboutForStaff())
                .withAboutItem(aboutItemId)
                .withBestTime(bestTime)
                .withPermissions(voicemail, sayHub)
                .withConsent(consent)
                .withConfirmation(textMe)
                .withCrisis(crisis);
    }

    /** What staff read it is about: their words, after why it is urgent when it came from the crisis help. */
    private @Nullable String aboutForStaff() {
        if (!urgent) {
            // as typed: the queue says when it is too long, and the resident shortens it
            return aboutText.isBlank() ? null : aboutText;
        }
        String about = (URGENT_ABOUT + " " + aboutText).strip();
        return about.length() > CallbackQueue.MAX_ABOUT_TEXT ? about.substring(0, CallbackQueue.MAX_ABOUT_TEXT)
                : about;
    }

    /**
     * Makes the one call that saves the request; once saved, the answers are forgotten and only the receipt is kept
     * to show. When the domain refuses, every answer stays.
     */
    CallbackReceipt send(CallbackQueue queue, String kioskHub) {
        // urgent with a kind goes in urgent through request(); urgent with none (yet) as it always has
        CallbackReceipt saved = urgent && crisis == null ? queue.requestUrgent(request(kioskHub))
                : queue.request(request(kioskHub));
        String from = origin;
        forget();
        origin = from;
        receipt = saved;
        return saved;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    String origin() {
        return origin;
    }

    @Nullable
    String firstName() {
        return firstName;
    }

    String phone() {
        return phone;
    }

    @Nullable
    Category category() {
        return category;
    }

    String aboutText() {
        return aboutText;
    }

    @Nullable
    String aboutItemId() {
        return aboutItemId;
    }

    BestTime bestTime() {
        return bestTime;
    }

    boolean mayLeaveVoicemail() {
        return voicemail;
    }

    boolean maySayHub() {
        return sayHub;
    }

    @Nullable
    String hubId() {
        return hubId;
    }

    boolean consentGiven() {
        return consent;
    }

    boolean wantsText() {
        return textMe;
    }

    @Nullable
    CallbackReceipt receipt() {
        return receipt;
    }

    boolean isAnswered(CallMeStep step) {
        return answered.contains(step);
    }
}
