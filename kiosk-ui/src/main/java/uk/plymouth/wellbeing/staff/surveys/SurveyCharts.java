package uk.plymouth.wellbeing.staff.surveys;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.plymouth.wellbeing.signposting.survey.report.QuestionFigures;
import uk.plymouth.wellbeing.signposting.survey.report.SwemwbsFigures;
import uk.plymouth.wellbeing.staff.dashboard.SvgBarChart;
import uk.plymouth.wellbeing.staff.dashboard.SvgBarChart.Bar;

/**
 * The survey report's charts as inline SVG ({@link SvgBarChart}): each names itself and lists every bar's label and
 * number in its description, which is its text alternative. Numbers are written by {@link SurveyNumbers}, as in the
 * CSV. Plain Java, no Vaadin.
 */
final class SurveyCharts {

    /** The lowest and highest SWEMWBS metric scores. */
    static final int LOWEST = 7;
    static final int HIGHEST = 35;

    private SurveyCharts() {}

    /** Responses per whole metric score, every score from 7 to 35 (none: 0), as the chart and CSV show them. */
    static SortedMap<Integer, Long> everyPoint(SwemwbsFigures swemwbs) {
        SortedMap<Integer, Long> points = new TreeMap<>();
        if (swemwbs.metric().n() == 0) {
            return points;
        }
        for (int point = LOWEST; point <= HIGHEST; point++) {
            points.put(point, swemwbs.byPoint().getOrDefault(point, 0L));
        }
        return points;
    }

    static String swemwbsScores(SwemwbsFigures swemwbs) {
        List<Bar> bars = everyPoint(swemwbs).entrySet().stream()
                .map(e -> bar(Integer.toString(e.getKey()), e.getValue())).toList();
        return SvgBarChart.columns("SWEMWBS metric scores", "How many responses had each metric score, from 7 to 35,"
                + " rounded down to a whole number (23 holds 23.00 to 23.99).", bars, null);
    }

    static String swemwbsBands(SwemwbsFigures swemwbs, SurveyNames names) {
        List<Bar> bars = swemwbs.byBand().entrySet().stream()
                .map(e -> bar(names.swemwbsBand(e.getKey()), e.getValue())).toList();
        return SvgBarChart.rows("SWEMWBS responses by band", "Responses in each band of the metric score, as banded"
                + " when they were answered.", bars);
    }

    /** One ONS4 question: answers per band. */
    static String bands(QuestionFigures question, SurveyNames names) {
        List<Bar> bars = question.counts().entrySet().stream()
                .map(e -> bar(names.questionBand(question.surveyId(), question.questionId(), e.getKey()),
                        e.getValue())).toList();
        return SvgBarChart.rows(question.text(), "Answers in each band, from " + SurveyNumbers.count(
                question.answered()) + " answers.", question.answered() == 0 ? List.of() : bars);
    }

    /** One satisfaction question: answers per option, in the order they were offered. */
    static String options(QuestionFigures question) {
        List<Bar> bars = question.counts().entrySet().stream().map(e -> bar(e.getKey(), e.getValue())).toList();
        return SvgBarChart.rows(question.text(), "Answers to each choice, from " + SurveyNumbers.count(
                question.answered()) + " answers.", question.answered() == 0 ? List.of() : bars);
    }

    private static Bar bar(String label, long count) {
        return new Bar(label, (double) count, SurveyNumbers.count(count));
    }
}
