package uk.plymouth.wellbeing.signposting.callback;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * What a resident told us when asking for a callback, as typed: {@link CallbackQueue#request(NewCallback)} checks,
 * trims and refuses. Start from {@link #at(String, String, Channel)} and add what they told us with the
 * {@code with...} methods. Its {@link #toString()} leaves out the resident's details.
 *
 * @param hubId the hub whose staff should call
 * @param firstName what to call them; null when they would rather not say
 * @param phone the number as typed, any UK form ("07700 900123", "+44 1752 ...")
 * @param aboutCategory what kind of help, if they picked one
 * @param aboutText what it is about in their words, at most {@value CallbackQueue#MAX_ABOUT_TEXT} characters
 * @param aboutItemId the service or activity they were looking at, if any
 * @param consentGiven they agreed to us keeping these details to call them back; a request is refused without it
 * @param confirmationWanted they want a text with their reference (then the number must be a mobile)
 * @param ringPhone a UK number to ring instead of {@code phone} (a landline, say), as typed; null to ring
 *     {@code phone}. {@code phone} stays the number the request came from and is texted
 * @param crisis the kind of danger their words may mean, when crisis words came before they asked to be called: the
 *     request then goes in urgent, marked so by the system, and staff see this kind (never the words) as the reason
 */
public record NewCallback(
        String hubId,
        @Nullable String firstName,
        String phone,
        @Nullable Category aboutCategory,
        @Nullable String aboutText,
        @Nullable String aboutItemId,
        BestTime bestTime,
        boolean mayLeaveVoicemail,
        boolean maySayHub,
        Channel channel,
        boolean consentGiven,
        boolean confirmationWanted,
        @Nullable CrisisKind crisis,
        @Nullable String ringPhone) {

    /** Without a separate number to ring: the request's own number is rung. */
    public NewCallback(String hubId, @Nullable String firstName, String phone, @Nullable Category aboutCategory,
            @Nullable String aboutText, @Nullable String aboutItemId, BestTime bestTime, boolean mayLeaveVoicemail,
            boolean maySayHub, Channel channel, boolean consentGiven, boolean confirmationWanted,
            @Nullable CrisisKind crisis) {
        this(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime, mayLeaveVoicemail, maySayHub,
                channel, consentGiven, confirmationWanted, crisis, null);
    }

    /** A request to the hub for that number, any time of day, no voicemail, hub not named, no consent yet. */
    public static NewCallback at(String hubId, String phone, Channel channel) {
        return new NewCallback(hubId, null, phone, null, null, null, BestTime.ANY, false, false, channel, false,
                false, null);
    }

    public NewCallback withFirstName(@Nullable String name) {
        return new NewCallback(hubId, name, phone, aboutCategory, aboutText, aboutItemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, confirmationWanted, crisis, ringPhone);
    }

    public NewCallback withAbout(@Nullable Category category, @Nullable String text) {
        return new NewCallback(hubId, firstName, phone, category, text, aboutItemId, bestTime, mayLeaveVoicemail,
                maySayHub, channel, consentGiven, confirmationWanted, crisis, ringPhone);
    }

    public NewCallback withAboutItem(@Nullable String itemId) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, itemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, confirmationWanted, crisis, ringPhone);
    }

    public NewCallback withBestTime(BestTime time) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, time,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, confirmationWanted, crisis, ringPhone);
    }

    /** What we may do when we ring: leave a voicemail, say which hub is calling. */
    public NewCallback withPermissions(boolean voicemail, boolean sayHub) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime, voicemail,
                sayHub, channel, consentGiven, confirmationWanted, crisis, ringPhone);
    }

    public NewCallback withConsent(boolean given) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, given, confirmationWanted, crisis, ringPhone);
    }

    public NewCallback withConfirmation(boolean wanted) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, wanted, crisis, ringPhone);
    }

    /** Crisis words of that kind came first: the request goes in urgent, and staff see why (null: not for that). */
    public NewCallback withCrisis(@Nullable CrisisKind kind) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, confirmationWanted, kind, ringPhone);
    }

    /** Ring this UK number (as typed) rather than the one the request came from; null for that one. */
    public NewCallback withRingPhone(@Nullable String number) {
        return new NewCallback(hubId, firstName, phone, aboutCategory, aboutText, aboutItemId, bestTime,
                mayLeaveVoicemail, maySayHub, channel, consentGiven, confirmationWanted, crisis, number);
    }

    /** Without the name, number and words, which must not end up in logs, nor the kind of crisis. */
    @Override
    public String toString() {
        return "NewCallback[hubId=" + hubId + ", channel=" + channel + ", aboutCategory=" + aboutCategory
                + ", aboutItemId=" + aboutItemId + ", bestTime=" + bestTime + (crisis == null ? "" : ", crisis words")
                + (ringPhone == null ? "" : ", another number to ring") + "]";
    }
}
