package uk.plymouth.wellbeing.signposting.survey;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What the survey storage and report tests add to the signposting test application: a clock they move, and the
 * fixture's hubs, numbers and answers. Both test classes list the same properties, so they share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SurveyTestConfiguration {

    /** A test secret: never the one used anywhere real. */
    public static final String SECRET = "test-follow-up-secret-5f0c2a9e7d1b4c38a6e2";

    public static final String FOUR_GREENS = "fixture-four-greens";
    public static final String JAN_CUTTING = "fixture-jan-cutting";
    public static final PhoneNumber P1 = new PhoneNumber("+447700900101");
    public static final PhoneNumber P2 = new PhoneNumber("+447700900102");
    public static final PhoneNumber P3 = new PhoneNumber("+447700900103");

    static final List<String> SWEMWBS_QUESTIONS = List.of("optimistic", "useful", "relaxed", "dealing-with-problems",
            "thinking-clearly", "close-to-others", "own-mind");

    /** Seven SWEMWBS answers adding up to {@code raw} (7 to 35): fives first, the remainder, then ones. */
    public static List<Answer> swemwbs(int raw) {
        List<Answer> answers = new ArrayList<>();
        int left = raw;
        for (int i = 0; i < 7; i++) {
            int value = Math.max(1, Math.min(5, left - (6 - i)));
            answers.add(Answer.number(SWEMWBS_QUESTIONS.get(i), value));
            left -= value;
        }
        return answers;
    }

    @Bean
    @Primary
    MutableClock movingClock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }
}
