package uk.plymouth.wellbeing.signposting.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ordinary English words, so that the typing-slip mending leaves them alone: "I haven't spoken to anyone" must not
 * be searched as "smokes", nor "a real person" as "read". The list is the whole-word part of the vocabulary of the
 * in-process embedding model's tokenizer (about 20,000 lower-case words of 4 letters or more, from the jar already
 * on the class path; common misspellings such as "benifits" or "councelling" are not in it). Without that file the
 * list is empty and mending works as before.
 */
final class EnglishWords {

    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int SHORTEST = 4;
    private static final Logger log = LoggerFactory.getLogger(EnglishWords.class);
    private static final Set<String> WORDS = load();

    private EnglishWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    static int size() {
        return WORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                log.warn("No {} on the class path: typing slips are mended without a list of English words",
                        TOKENIZER);
                return Set.of();
            }
            JsonNode vocabulary = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> words = new HashSet<>();
            for (Iterator<String> tokens = vocabulary.fieldNames(); tokens.hasNext(); ) {
                String token = tokens.next();
                if (token.length() >= SHORTEST && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    words.add(token);
                }
            }
            return Set.copyOf(words);
        } catch (IOException | RuntimeException unreadable) {
            log.warn("Could not read the English words in {}: {}", TOKENIZER, unreadable.getClass().getName());
            return Set.of();
        }
    }
}
