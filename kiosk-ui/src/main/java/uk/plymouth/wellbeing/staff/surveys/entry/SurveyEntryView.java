package uk.plymouth.wellbeing.staff.surveys.entry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;
import uk.plymouth.wellbeing.staff.surveys.entry.AssistedEntry.Checked;
import uk.plymouth.wellbeing.staff.surveys.entry.ErrorSummary.Problem;

/**
 * Staff type in a survey a resident answered on a paper form or over the phone: survey and version (older kept
 * versions for old paper forms), hub, how it was taken, then every question on one page. Saving records it as
 * staff-assisted in the staff member's name and shows what it came to; problems are listed at the top and shown
 * next to each question, and nothing entered is lost.
 */
@Route(value = SurveyEntryView.ROUTE, layout = StaffLayout.class)
@PageTitle("Enter a survey - Wellbeing Hubs staff")
@PermitAll
@StyleSheet("context://staff/survey-entry.css")
class SurveyEntryView extends Main {

    static final String ROUTE = "staff/surveys/enter";

    private static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    private final AssistedEntry entry;
    private final SurveyResponses responses;
    final ErrorSummary errors = new ErrorSummary(ROUTE);
    final Select<Survey> survey = new Select<>();
    final Select<Survey> version = new Select<>();
    final Select<String> hub = new Select<>();
    final RadioButtonGroup<HowTaken> taken = new RadioButtonGroup<>("How it was taken");
    final DatePicker answeredOn = new DatePicker("Date answered");
    private final Clock clock;
    final Div form = new Div();
    final Paragraph instructions = new Paragraph();
    final Div questions = new Div();
    final List<QuestionField> fields = new ArrayList<>();
    final Paragraph attribution = new Paragraph();
    final Button save = new Button("Save response", click -> save());
    final SavedPanel saved = new SavedPanel(this::enterAnother);

    SurveyEntryView(SurveyDefinitions definitions, SurveyScorer scorer, SurveyResponses responses,
            Catalogue catalogue, CurrentStaff current, Clock clock) {
        this.responses = responses;
        this.clock = clock;
        Map<String, String> directory = new LinkedHashMap<>();
        catalogue.hubs().stream().sorted(Comparator.comparing(Hub::name)).forEach(h -> directory.put(h.id(), h.name()));
        this.entry = new AssistedEntry(definitions, scorer, directory, current.identity());
        addClassName("staff-survey-entry");
        add(new H2("Enter a survey"), about("For a survey a resident answered on a paper form or over the phone. It is"
                + " stored as staff-assisted, in your name, dated the day it was answered."));
        if (entry.hubs().isEmpty()) {
            add(about("You are not working for any hub yet, so you cannot enter surveys. An admin can add your hubs."));
            return;
        }
        if (entry.surveys().isEmpty()) {
            add(about("No survey is taking responses at the moment."));
            return;
        }
        add(errors, choices(), form, saved);
        instructions.addClassName("survey-entry-instructions");
        attribution.addClassName("survey-entry-attribution");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(instructions, questions, attribution, save);
        form.setVisible(false);
    }

    private static Paragraph about(String text) {
        Paragraph about = new Paragraph(text);
        about.addClassName("survey-entry-about");
        return about;
    }

    private Div choices() {
        survey.setLabel("Survey");
        survey.setId("survey-entry-survey");
        survey.setItems(entry.surveys());
        survey.setItemLabelGenerator(Survey::title);
        survey.addValueChangeListener(e -> chooseSurvey(e.getValue()));
        version.setLabel("Version of the form");
        version.setItemLabelGenerator(entry::versionLabel);
        version.setReadOnly(true);
        version.addValueChangeListener(e -> showQuestions(e.getValue()));
        hub.setLabel("Hub");
        hub.setId("survey-entry-hub");
        hub.setItems(entry.hubs().keySet());
        hub.setItemLabelGenerator(id -> entry.hubs().getOrDefault(id, id));
        if (entry.hubs().size() == 1) {
            hub.setValue(entry.hubs().keySet().iterator().next());
        }
        taken.setItems(HowTaken.values());
        taken.setItemLabelGenerator(how -> how.label);
        taken.setValue(HowTaken.PAPER);
        LocalDate today = today();
        answeredOn.setId("survey-entry-date");
        answeredOn.setValue(today);
        answeredOn.setMax(today);
        answeredOn.setMin(today.minusYears(1));
        answeredOn.setHelperText("The day on the paper form, or the day of the call");
        answeredOn.setLocale(Locale.UK);
        Div choices = new Div(survey, version, hub, taken, answeredOn);
        choices.addClassName("survey-entry-choices");
        return choices;
    }

    private void chooseSurvey(@Nullable Survey chosen) {
        List<Survey> versions = chosen == null ? List.of() : entry.versions(chosen.id());
        version.setItems(versions);
        version.setReadOnly(versions.size() < 2);
        version.setValue(versions.isEmpty() ? null : versions.get(0));
    }

    private void showQuestions(@Nullable Survey asked) {
        errors.hide();
        saved.setVisible(false);
        questions.removeAll();
        fields.clear();
        form.setVisible(asked != null);
        if (asked == null) {
            return;
        }
        instructions.setText(Objects.requireNonNullElse(asked.instructions(), ""));
        instructions.setVisible(asked.instructions() != null);
        attribution.setText(Objects.requireNonNullElse(asked.attribution(), ""));
        attribution.setVisible(asked.attribution() != null);
        int number = 1;
        for (Question question : asked.questions()) {
            QuestionField field = new QuestionField(question, number++);
            fields.add(field);
            questions.add(field);
        }
    }

    private void save() {
        Survey asked = Objects.requireNonNull(version.getValue(), "the form shows only once a version is chosen");
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(field -> typed.put(field.question.id(), field.typed()));
        Checked checked = entry.check(asked, hub.getValue(), answeredOn.getValue(), today(), typed);
        showProblems(checked.problems());
        NewSurveyResponse response = checked.response();
        if (response == null) {
            return;
        }
        try {
            SurveyReceipt receipt = responses.record(response);
            form.setVisible(false);
            saved.show(asked, entry.hubs().getOrDefault(response.hubId(), response.hubId()),
                    Objects.requireNonNullElse(taken.getValue(), HowTaken.PAPER),
                    Objects.requireNonNullElse(response.answeredOn(), today()), receipt.result());
        } catch (InvalidAnswerException refused) {
            errors.show(List.of(new Problem(refused.getMessage(), QuestionField.fieldId(asked.questions().get(0)))));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PLYMOUTH);
    }

    private void showProblems(Map<String, String> problems) {
        String hubProblem = problems.get(AssistedEntry.HUB);
        hub.setErrorMessage(hubProblem);
        hub.setInvalid(hubProblem != null);
        String dateProblem = problems.get(AssistedEntry.DATE);
        answeredOn.setErrorMessage(dateProblem);
        answeredOn.setInvalid(dateProblem != null);
        List<Problem> listed = new ArrayList<>();
        if (hubProblem != null) {
            listed.add(new Problem(hubProblem, "survey-entry-hub"));
        }
        if (dateProblem != null) {
            listed.add(new Problem(dateProblem, "survey-entry-date"));
        }
        int number = 1;
        for (QuestionField field : fields) {
            String problem = problems.get(field.question.id());
            field.showProblem(problem);
            if (problem != null) {
                listed.add(new Problem("Question " + number + ": " + problem, QuestionField.fieldId(field.question)));
            }
            number++;
        }
        errors.show(listed);
    }

    /** Clears the answers for the next form, keeping the survey, version, hub and how it was taken. */
    private void enterAnother() {
        saved.setVisible(false);
        errors.hide();
        hub.setInvalid(false);
        fields.forEach(QuestionField::clear);
        form.setVisible(true);
        if (!fields.isEmpty()) {
            fields.get(0).focusInput();
        }
    }
}
