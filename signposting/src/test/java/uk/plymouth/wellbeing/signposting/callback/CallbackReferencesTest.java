package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallbackReferencesTest {

    final CallbackReferences references = new CallbackReferences(new SplittableRandom(42));

    @Test
    void referencesArePlyAndFourCharactersPeopleCannotMixUp() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            drawn.add(references.next(reference -> false));
        }
        assertThat(drawn).allMatch(reference -> reference.matches("PLY-[2-9A-HJKMNP-Z]{4}"));
        assertThat(drawn.stream().map(reference -> reference.substring(4))).allSatisfy(code -> assertThat(code)
                .doesNotContain("0", "O", "1", "I", "L"));
        assertThat(drawn).hasSizeGreaterThan(1990);
        assertThat(CallbackReferences.ALPHABET).hasSize(31);
    }

    @Test
    void drawsAgainWhenAReferenceIsTaken() {
        AtomicInteger asked = new AtomicInteger();
        Set<String> taken = new HashSet<>();
        String reference = references.next(candidate -> {
            asked.incrementAndGet();
            return !taken.add(candidate) || taken.size() <= 3;
        });
        assertThat(asked).hasValue(4);
        assertThat(taken).contains(reference).hasSize(4);
    }

    @Test
    void givesUpClearlyWhenTheReferencesRunOut() {
        assertThatThrownBy(() -> references.next(candidate -> true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No free callback reference after 25 draws");
    }

    @Test
    void readsAReferenceAsPeopleTypeIt() {
        for (String typed : new String[] {"PLY-4K7Q", "ply-4k7q", " ply 4k7q ", "4K7Q", "PLY4K7Q", "ply_4k7q"}) {
            assertThat(CallbackReferences.normalise(typed)).as(typed).contains("PLY-4K7Q");
        }
        for (String typed : new String[] {"", "PLY-", "PLY-4K7", "PLY-4K7QQ", "PLY-4K7O", "PLY-1K7Q", "%';--"}) {
            assertThat(CallbackReferences.normalise(typed)).as(typed).isEmpty();
        }
    }
}
