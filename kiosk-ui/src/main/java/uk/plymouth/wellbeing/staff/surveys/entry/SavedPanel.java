package uk.plymouth.wellbeing.staff.surveys.entry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyResult;

/** "Saved": what was stored, the score and the result in words, and "Enter another". */
class SavedPanel extends Div {

    final Paragraph what = new Paragraph();
    final Paragraph score = new Paragraph();
    final Paragraph result = new Paragraph();
    final Paragraph attribution = new Paragraph();
    final Button another = new Button("Enter another");

    SavedPanel(Runnable onAnother) {
        addClassName("survey-entry-saved");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("tabindex", "-1");
        result.addClassName("survey-entry-result");
        attribution.addClassName("survey-entry-attribution");
        another.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        another.addClickListener(e -> onAnother.run());
        add(new H3("Saved"), what, score, new Paragraph("The result in words, as the resident would see it:"),
                result, attribution, another);
        setVisible(false);
    }

    void show(Survey version, String hubName, HowTaken taken, LocalDate answeredOn, SurveyResult outcome) {
        what.setText("Saved as a staff-assisted response (" + taken.inSentence + ") to \"" + version.title()
                + "\", version " + version.version() + ", for " + hubName + ", dated "
                + answeredOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ".");
        score.setText(scoreLine(outcome));
        score.setVisible(outcome.raw() != null);
        result.setText(outcome.message());
        @Nullable String line = version.attribution();
        attribution.setText(line == null ? "" : line);
        attribution.setVisible(line != null);
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    /** "Score: 19.25 (raw score 21)" for SWEMWBS, "Score: 12" for a plain total, "" when not scored. */
    static String scoreLine(SurveyResult outcome) {
        if (outcome.metric() != null) {
            return "Score: " + outcome.metric().toPlainString() + " (raw score " + outcome.raw() + ")";
        }
        return outcome.raw() == null ? "" : "Score: " + outcome.raw();
    }
}
