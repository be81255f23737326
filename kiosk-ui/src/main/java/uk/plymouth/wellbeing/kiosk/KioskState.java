package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the kiosk remembers about the person using it now: their search, filters, text size, contrast, language
 * and their half-filled "Ask us to call you" answers. Lives in the server session only (never in the address bar or
 * browser storage) and is thrown away with the session when they walk away or press "Start again".
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
}
