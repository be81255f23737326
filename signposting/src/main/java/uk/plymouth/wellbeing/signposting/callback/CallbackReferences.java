package uk.plymouth.wellbeing.signposting.callback;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * References residents read out and type: "PLY-4K7Q", four characters from an alphabet without the ones people
 * mix up (no 0/O, 1/I/L). 31 characters give 923,521 references; a random one that is taken is drawn again.
 */
final class CallbackReferences {

    static final String PREFIX = "PLY-";
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 4;
    static final int MAX_DRAWS = 25;

    private final RandomGenerator random;

    CallbackReferences(RandomGenerator random) {
        this.random = random;
    }

    /** A reference for which {@code taken} says no. */
    String next(Predicate<String> taken) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            StringBuilder reference = new StringBuilder(PREFIX);
            for (int i = 0; i < LENGTH; i++) {
                reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!taken.test(reference.toString())) {
                return reference.toString();
            }
        }
        throw new IllegalStateException("No free callback reference after " + MAX_DRAWS
                + " draws: the references are running out, make them longer");
    }

    /**
     * A reference as someone typed or read it ("ply 4k7q", "4K7Q", "PLY-4K7Q ") in its stored form; empty when it
     * cannot be one.
     */
    static Optional<String> normalise(String typed) {
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (compact.startsWith("PLY")) {
            compact = compact.substring(3);
        }
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + compact);
    }
}
