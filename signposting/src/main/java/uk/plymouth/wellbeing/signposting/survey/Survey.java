package uk.plymouth.wellbeing.signposting.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a survey, as read from its file. A version never changes meaning: a survey that is edited gets a
 * new version number and the old version's file is kept (see {@link SurveyDefinitions}), so stored answers are
 * always read against the questions that were asked.
 *
 * @param version a whole number, higher for each change
 * @param enabled offered to residents; the file's switch (the app's {@code hub.surveys.disabled} can also turn a
 *     survey off)
 * @param intro what the survey is and how long it takes, shown or texted first
 * @param instructions published instructions shown above the questions (SWEMWBS), or null
 * @param consent what happens to the answers; shown before the first question
 * @param keyword the word residents text to start it (WELLBEING), or null when it is not offered by text
 * @param thanks said when the survey is finished, before any score
 * @param attribution the licence or copyright line shown with the survey and its results, or null
 * @param smsAttribution the same line in characters a text can carry ("(c)" for "©"), or null to use
 *     {@code attribution} as it is
 * @param bands the bands of the total for sum and SWEMWBS scoring; empty otherwise
 */
public record Survey(String id, int version, boolean enabled, String title, String intro,
        @Nullable String instructions, String consent, @Nullable String keyword, String thanks,
        @Nullable String attribution, @Nullable String smsAttribution, Scoring scoring, List<Band> bands,
        List<Question> questions) {

    public Survey {
        bands = List.copyOf(bands);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The attribution as texted, or null when there is none. */
    public @Nullable String attributionForSms() {
        return smsAttribution != null ? smsAttribution : attribution;
    }

    /**
     * A digest of everything the survey means (its on/off switch left out). Two files claiming the same id and
     * version must have the same fingerprint; storing it with answers lets a later check prove a version was not
     * edited in place.
     */
    public String fingerprint() {
        Survey meaning = new Survey(id, version, true, title, intro, instructions, consent, keyword, thanks,
                attribution, smsAttribution, scoring, bands, questions);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(meaning.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
