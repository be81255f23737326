package uk.plymouth.wellbeing.signposting.callback.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * What the resident told us when asking to be called, in the request's own row: who to ask for, the number, what it
 * is about, and when and how we may ring. The name, the number and their words are personal data, blanked together
 * by {@link #erase()}; the rest is kept for the counts. Never all null (the best time and permissions always have a
 * value), so Hibernate always loads it.
 */
@Embeddable
class ResidentDetails {

    @Column(name = "first_name", length = 100)
    private @Nullable String firstName;

    /** E.164; null once erased. */
    @Column(length = 16)
    private @Nullable String phone;

    /** E.164: a number to ring other than {@link #phone} (a landline, say); null to ring that one, or once erased. */
    @Column(name = "ring_phone", length = 16)
    private @Nullable String ringPhone;

    @Column(name = "about_category", length = 40)
    private @Nullable String aboutCategory;

    @Column(name = "about_text", length = 500)
    private @Nullable String aboutText;

    @Column(name = "about_item_id", length = 64)
    private @Nullable String aboutItemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "best_time", nullable = false, length = 20)
    private BestTime bestTime = BestTime.ANY;

    @Column(name = "may_leave_voicemail", nullable = false)
    private boolean mayLeaveVoicemail;

    @Column(name = "may_say_hub", nullable = false)
    private boolean maySayHub;

    protected ResidentDetails() {}

    /** From checked details ({@code details} already trimmed and within limits) and the number they parse to. */
    static ResidentDetails of(NewCallback details, PhoneNumber phone) {
        ResidentDetails resident = new ResidentDetails();
        resident.firstName = details.firstName();
        resident.phone = phone.e164();
        resident.ringPhone = details.ringPhone() == null ? null : PhoneNumber.parseUk(details.ringPhone()).e164();
        resident.aboutCategory = details.aboutCategory() == null ? null : details.aboutCategory().id();
        resident.aboutText = details.aboutText();
        resident.aboutItemId = details.aboutItemId();
        resident.bestTime = details.bestTime();
        resident.mayLeaveVoicemail = details.mayLeaveVoicemail();
        resident.maySayHub = details.maySayHub();
        return resident;
    }

    /** Blanks the name, the number and their words. */
    void erase() {
        firstName = null;
        phone = null;
        ringPhone = null;
        aboutText = null;
    }

    void ringOn(PhoneNumber number) {
        ringPhone = number.e164().equals(phone) ? null : number.e164();
    }

    void bestTime(BestTime time) {
        bestTime = time;
    }

    Optional<PhoneNumber> ringPhone() {
        return Optional.ofNullable(ringPhone).map(PhoneNumber::new);
    }

    @Nullable String firstName() {
        return firstName;
    }

    Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone).map(PhoneNumber::new);
    }

    @Nullable Category aboutCategory() {
        return aboutCategory == null ? null : Category.fromId(aboutCategory).orElse(null);
    }

    @Nullable String aboutText() {
        return aboutText;
    }

    @Nullable String aboutItemId() {
        return aboutItemId;
    }

    BestTime bestTime() {
        return bestTime;
    }

    boolean mayLeaveVoicemail() {
        return mayLeaveVoicemail;
    }

    boolean maySayHub() {
        return maySayHub;
    }
}
