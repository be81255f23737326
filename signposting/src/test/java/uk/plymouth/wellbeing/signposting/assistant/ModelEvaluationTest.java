package uk.plymouth.wellbeing.signposting.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A small conversation evaluation against a real language model, opt-in only: {@code HUB_ASSISTANT_BASE_URL},
 * {@code HUB_ASSISTANT_MODEL} (and {@code HUB_ASSISTANT_API_KEY} if the endpoint needs one) set, then
 * {@code ./mvnw -B -pl signposting -am verify -Pmodel-eval}. Not part of the default test command: it needs the
 * network or a local model server. Sends each phrase of {@code assistant/evaluation.txt} as the kiosk would, prints
 * what came back (the model's checked answer, or "usual reply" when it was late, failed or not grounded), the time
 * taken and what it offered, and fails when the model answers fewer than half the phrases or its first service is
 * of the expected kind in fewer than 60% of the answers that name one.
 */
@Tag("model-eval")
class ModelEvaluationTest extends AssistantContext {

    @Test
    void aRealModelAnswersResidentsPhrasesWithGroundedServices() throws IOException {
        String baseUrl = System.getenv().getOrDefault("HUB_ASSISTANT_BASE_URL", "");
        String modelName = System.getenv().getOrDefault("HUB_ASSISTANT_MODEL", "");
        assertThat(baseUrl).as("Set HUB_ASSISTANT_BASE_URL and HUB_ASSISTANT_MODEL (and HUB_ASSISTANT_API_KEY if the"
                + " endpoint needs one) to run the model evaluation").isNotBlank();
        AssistantProperties properties = new AssistantProperties(baseUrl, System.getenv("HUB_ASSISTANT_API_KEY"),
                modelName, Duration.parse(System.getenv().getOrDefault("HUB_ASSISTANT_TIMEOUT", "PT8S")), 20,
                Duration.ofMinutes(30));
        ModelAssistant assistant = AssistantConfiguration.assistant(AssistantConfiguration.chatModel(properties),
                properties, sources);

        int answered = 0;
        int named = 0;
        int rightKind = 0;
        List<Long> millis = new ArrayList<>();
        StringBuilder table = new StringBuilder("Model evaluation against " + modelName + " at " + baseUrl + "\n");
        List<String[]> phrases = phrases();
        for (int i = 0; i < phrases.size(); i++) {
            String expected = phrases.get(i)[0];
            String text = phrases.get(i)[1];
            long started = System.nanoTime();
            Optional<ModelAnswer> answer = assistant.answer("evaluation-" + i, AssistantChannel.KIOSK, text);
            long took = (System.nanoTime() - started) / 1_000_000;
            millis.add(took);
            String got = answer.map(this::describe).orElse("usual reply");
            if (answer.isPresent()) {
                answered++;
                if (!answer.get().items().isEmpty() && !expected.equals("any") && !expected.equals("callback")) {
                    named++;
                    rightKind += got.startsWith(expected) ? 1 : 0;
                }
                if (expected.equals("callback") && answer.get().offer() == ModelAnswer.Offer.CALLBACK) {
                    named++;
                    rightKind++;
                }
            }
            table.append(String.format(Locale.UK, "%5d ms  expected %-24s got %-40s : %s%n", took, expected, got,
                    text));
            answer.ifPresent(a -> table.append("          \"").append(a.text().replace("\n", " ")).append("\"\n"));
        }
        millis.sort(Long::compare);
        table.append(String.format(Locale.UK, "answered by the model %d of %d; first service of the right kind %d of"
                + " %d; time p50 %d ms, max %d ms%n", answered, phrases.size(), rightKind, named,
                millis.get(millis.size() / 2), millis.get(millis.size() - 1)));
        System.out.println(table);

        assertThat(answered).as("phrases the model answered").isGreaterThanOrEqualTo((phrases.size() + 1) / 2);
        assertThat(rightKind).as("answers naming a service of the right kind").isGreaterThanOrEqualTo(
                (int) Math.ceil(named * 0.6));
    }

    private String describe(ModelAnswer answer) {
        if (answer.offer() != ModelAnswer.Offer.NONE) {
            return "offer " + answer.offer().name().toLowerCase(Locale.UK);
        }
        return answer.items().isEmpty() ? "words only" : sources.catalogue().item(answer.items().get(0).itemId())
                .map(item -> item.category().id() + " (" + item.title() + ")").orElse("?");
    }

    private static List<String[]> phrases() throws IOException {
        try (InputStream in = ModelEvaluationTest.class.getResourceAsStream("/assistant/evaluation.txt")) {
            assertThat(in).as("assistant/evaluation.txt").isNotNull();
            List<String[]> phrases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    phrases.add(line.split("\t", 2));
                }
            }
            return phrases;
        }
    }
}
