package uk.plymouth.wellbeing.staff.surveys;

import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.count;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.plymouth.wellbeing.signposting.survey.report.QuestionFigures;
import uk.plymouth.wellbeing.signposting.survey.report.ResponseCount;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyComment;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyFigures;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyReport;
import uk.plymouth.wellbeing.signposting.survey.report.SwemwbsFigures;

/**
 * The sections of the survey report for one {@link SurveyFigures}: plain components with headings, every chart
 * followed by its numbers in words or a table. Builds nothing when the period has no responses.
 */
final class SurveyReportSections {

    static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final List<String> SATISFACTION = List.of("resident-satisfaction", "staff-satisfaction");

    private final SurveyNames names;
    private final Function<String, String> hubName;
    private final ZoneId zone;
    private final long commentRetentionDays;

    SurveyReportSections(SurveyNames names, Function<String, String> hubName, ZoneId zone,
            long commentRetentionDays) {
        this.names = names;
        this.hubName = hubName;
        this.zone = zone;
        this.commentRetentionDays = commentRetentionDays;
    }

    List<Component> of(SurveyFigures figures) {
        if (figures.total() == 0) {
            return List.of(marked(new Paragraph("No responses in this period."), "survey-empty"));
        }
        List<Component> parts = new ArrayList<>();
        responses(figures, parts);
        swemwbs(figures.swemwbs(), parts);
        ons4(figures, parts);
        satisfaction(figures, parts);
        comments(figures, parts);
        return parts;
    }

    /** "14 responses from 1 November 2026 to 30 November 2026, at all hubs." */
    static String summary(SurveyFigures figures, Function<String, String> hubName) {
        String scope = SurveyReportCsv.scope(figures.hubIds(), hubName);
        return count(figures.total()) + (figures.total() == 1 ? " response" : " responses") + " from "
                + FULL_DATE.format(figures.query().from()) + " to " + FULL_DATE.format(SurveyReportCsv.lastDay(figures))
                + ", at " + (figures.hubIds() == null ? "all hubs" : scope) + ".";
    }

    private void responses(SurveyFigures figures, List<Component> parts) {
        Grid<ResponseCount> table = new Grid<>();
        table.addColumn(r -> names.survey(r.surveyId())).setHeader("Survey").setAutoWidth(true);
        table.addColumn(r -> SurveyNames.channel(r.channel())).setHeader("How it was answered").setAutoWidth(true);
        table.addColumn(r -> count(r.responses())).setHeader("Responses").setTextAlign(ColumnTextAlign.END);
        table.setItems(figures.responses());
        table.setAllRowsVisible(true);
        table.addClassName("survey-responses");
        parts.add(new H2("Responses by survey and how they were answered"));
        parts.add(table);
    }

    private void swemwbs(SwemwbsFigures swemwbs, List<Component> parts) {
        parts.add(new H2("SWEMWBS: how people have been feeling"));
        parts.add(marked(new Paragraph(SwemwbsWords.mean(swemwbs.metric())), "swemwbs-mean"));
        if (swemwbs.metric().n() == 0) {
            return;
        }
        parts.add(chart(SurveyCharts.swemwbsScores(swemwbs), "64rem"));
        parts.add(chart(SurveyCharts.swemwbsBands(swemwbs, names)));
        parts.add(new H3("Compared with England"));
        parts.add(marked(new Paragraph(SwemwbsWords.england(swemwbs.england())), "swemwbs-england"));
        parts.add(new H3("Before and after"));
        parts.add(marked(new Paragraph(SwemwbsWords.pairs(swemwbs.pairs())), "swemwbs-pairs"));
        String warning = SwemwbsWords.fewPairsWarning(swemwbs.pairs());
        if (!warning.isEmpty()) {
            Paragraph few = marked(new Paragraph(warning), "swemwbs-few-pairs");
            few.getStyle().set("font-weight", "700").set("border-left", "6px solid #8a4b00")
                    .set("padding", "0.5rem 1rem").set("background", "#fff4e5");
            parts.add(few);
        }
        String attribution = names.attribution("swemwbs");
        if (attribution != null) {
            Paragraph line = new Paragraph(attribution);
            line.getStyle().set("font-size", "0.9rem").set("color", "var(--lumo-secondary-text-color)");
            parts.add(line);
        }
    }

    private void ons4(SurveyFigures figures, List<Component> parts) {
        parts.add(new H2("ONS4 personal wellbeing"));
        if (figures.bandedQuestions().isEmpty()) {
            parts.add(new Paragraph("No ONS4 responses in this period."));
            return;
        }
        parts.add(new Paragraph("Answers from 0 to 10, in bands. For the anxiety question a low number is the better"
                + " outcome."));
        for (QuestionFigures question : figures.bandedQuestions()) {
            parts.add(new H3(question.text()));
            parts.add(chart(SurveyCharts.bands(question, names)));
        }
    }

    private void satisfaction(SurveyFigures figures, List<Component> parts) {
        Map<String, List<QuestionFigures>> bySurvey = new LinkedHashMap<>();
        SATISFACTION.forEach(id -> bySurvey.put(id, new ArrayList<>()));
        figures.satisfaction().forEach(q -> bySurvey.computeIfAbsent(q.surveyId(), id -> new ArrayList<>()).add(q));
        bySurvey.forEach((surveyId, questions) -> {
            parts.add(new H2(names.survey(surveyId)));
            if (questions.isEmpty()) {
                parts.add(new Paragraph("No responses in this period."));
            }
            for (QuestionFigures question : questions) {
                parts.add(new H3(question.text()));
                if (question.counts().isEmpty()) {
                    parts.add(new Paragraph(count(question.answered()) + (question.answered() == 1 ? " comment"
                            : " comments") + " (shown under Comments below)."));
                    continue;
                }
                parts.add(chart(SurveyCharts.options(question)));
                Double share = question.positiveShare();
                if (question.positive() != null && share != null) {
                    parts.add(marked(new Paragraph("Positive answers: " + count(question.positive()) + " of "
                            + count(question.answered()) + " (" + percent(share) + "%)."), "survey-positive"));
                }
            }
        });
    }

    private void comments(SurveyFigures figures, List<Component> parts) {
        parts.add(new H2("Comments"));
        parts.add(marked(new Paragraph("Shown to staff only: comments may name people. Do not share them outside the"
                + " team. Comments are erased " + commentRetentionDays + " days after they were made."),
                "survey-comments-note"));
        if (figures.comments().isEmpty()) {
            parts.add(new Paragraph("No comments in this period."));
            return;
        }
        if (figures.comments().size() >= SurveyReport.MAX_COMMENTS) {
            parts.add(new Paragraph("The newest " + SurveyReport.MAX_COMMENTS + " comments are shown."));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("survey-comments");
        for (SurveyComment comment : figures.comments()) {
            Span about = new Span(FULL_DATE.format(comment.answeredAt().atZone(zone)) + ", "
                    + hubName.apply(comment.hubId()) + ", " + SurveyNames.channel(comment.channel()).toLowerCase(
                            Locale.UK) + ", " + names.survey(comment.surveyId()));
            about.getStyle().set("font-weight", "600");
            Paragraph words = new Paragraph(comment.text());
            words.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0.25rem 0");
            list.add(new ListItem(about, words));
        }
        parts.add(list);
    }

    private static Component chart(String svg) {
        return chart(svg, "48rem");
    }

    private static Component chart(String svg, String maxWidth) {
        // wrapped, so the browser parses the markup as SVG rather than making an unknown <svg> HTML element
        return new Html("<div class=\"survey-chart\" style=\"max-width:" + maxWidth + "\">" + svg + "</div>");
    }

    private static <T extends Component> T marked(T component, String className) {
        component.getElement().getClassList().add(className);
        return component;
    }
}
