package uk.plymouth.wellbeing.kiosk;

import java.util.Optional;

/** The screens of "Ask us to call you", in order; each is one question, named in the address. */
enum CallMeStep {
    NAME("name"),
    PHONE("phone"),
    ABOUT("about"),
    TIME("time"),
    SAFE("safe"),
    HUB("hub"),
    CONSENT("consent"),
    CHECK("check"),
    DONE("done");

    private final String path;

    CallMeStep(String path) {
        this.path = path;
    }

    /** The last part of the address, as in {@code call-me/phone}. */
    String path() {
        return path;
    }

    /** A question whose answer the check page shows with a "Change" link. */
    boolean isQuestion() {
        return ordinal() < CHECK.ordinal();
    }

    CallMeStep next() {
        return this == DONE ? DONE : values()[ordinal() + 1];
    }

    CallMeStep previous() {
        return this == NAME ? NAME : values()[ordinal() - 1];
    }

    static Optional<CallMeStep> fromPath(String path) {
        for (CallMeStep step : values()) {
            if (step.path.equals(path)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
