package uk.plymouth.wellbeing.staff.surveys;

import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.constant;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.count;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.decimal;
import static uk.plymouth.wellbeing.staff.surveys.SurveyNumbers.percent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.report.EnglandNorms;
import uk.plymouth.wellbeing.signposting.survey.report.Interval;
import uk.plymouth.wellbeing.signposting.survey.report.PairedChange;
import uk.plymouth.wellbeing.signposting.survey.report.QuestionFigures;
import uk.plymouth.wellbeing.signposting.survey.report.ResponseCount;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyComment;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyFigures;
import uk.plymouth.wellbeing.signposting.survey.report.SwemwbsFigures;

/**
 * The survey report as CSV, one row per figure: {@code section,hubs,measure,value}, e.g.
 * {@code swemwbs,Four Greens Community Trust,mean_metric,23.41}. It writes the same {@link SurveyFigures} the screen
 * shows, every number through {@link SurveyNumbers}, so the two agree. A figure there is none of (a mean with no
 * responses) has an empty value. Cells are quoted as RFC 4180 asks; a text cell starting with {@code = + - @}, a tab
 * or a carriage return (a comment could) gets an apostrophe in front, so a spreadsheet never runs it as a formula
 * (OWASP "CSV injection"); negative numbers such as {@code -5.23} are left as they are.
 */
final class SurveyReportCsv {

    static final String HEADER = "section,hubs,measure,value";
    private static final String CRLF = "\r\n";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final SurveyFigures figures;
    private final Function<String, String> hubName;
    private final ZoneId zone;
    private final String scope;
    private final List<String> lines = new ArrayList<>();

    private SurveyReportCsv(SurveyFigures figures, Function<String, String> hubName, ZoneId zone) {
        this.figures = figures;
        this.hubName = hubName;
        this.zone = zone;
        this.scope = scope(figures.hubIds(), hubName);
    }

    /**
     * The lines, header first, without line endings.
     *
     * @param hubName a hub's name from its id
     * @param zone the time zone comments' dates are given in
     */
    static List<String> lines(SurveyFigures figures, Function<String, String> hubName, ZoneId zone) {
        return new SurveyReportCsv(figures, hubName, zone).build();
    }

    /** The whole file: the lines, each ending in CR LF. */
    static String text(SurveyFigures figures, Function<String, String> hubName, ZoneId zone) {
        return String.join(CRLF, lines(figures, hubName, zone)) + CRLF;
    }

    /** "survey-report-all-my-hubs-2026-11-01-to-2026-11-30.csv" (the last day included). */
    static String fileName(SurveyFigures figures) {
        String hub = figures.query().hubId() == null ? "all-my-hubs"
                : figures.query().hubId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "survey-report-" + hub + "-" + figures.query().from() + "-to-" + lastDay(figures) + ".csv";
    }

    /** The hubs a report covers, in words: "All hubs", or their names joined with "; ". */
    static String scope(@Nullable List<String> hubIds, Function<String, String> hubName) {
        if (hubIds == null) {
            return "All hubs";
        }
        return hubIds.isEmpty() ? "No hubs" : String.join("; ", hubIds.stream().map(hubName).sorted().toList());
    }

    static LocalDate lastDay(SurveyFigures figures) {
        return figures.query().to().minusDays(1);
    }

    /** One cell, guarded against formulas and quoted when it must be. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private List<String> build() {
        lines.add(HEADER);
        add("report", "from", figures.query().from().toString());
        add("report", "to", lastDay(figures).toString());
        add("report", "responses", count(figures.total()));
        for (ResponseCount row : figures.responses()) {
            add("responses", row.surveyId() + "." + row.channel().name().toLowerCase(Locale.ROOT),
                    count(row.responses()));
        }
        swemwbs(figures.swemwbs());
        for (QuestionFigures question : figures.bandedQuestions()) {
            question(question, "band.");
        }
        for (QuestionFigures question : figures.satisfaction()) {
            question(question, "option.");
        }
        for (SurveyComment comment : figures.comments()) {
            row("comment", hubName.apply(comment.hubId()), comment.surveyId() + "." + comment.questionId() + "."
                    + comment.answeredAt().atZone(zone).toLocalDate() + "."
                    + comment.channel().name().toLowerCase(Locale.ROOT), comment.text());
        }
        return lines;
    }

    private void swemwbs(SwemwbsFigures swemwbs) {
        Interval metric = swemwbs.metric();
        add("swemwbs", "responses", count(metric.n()));
        add("swemwbs", "mean_metric", orEmpty(metric.mean()));
        add("swemwbs", "sd", orEmpty(metric.sd()));
        add("swemwbs", "ci95_low", orEmpty(metric.low()));
        add("swemwbs", "ci95_high", orEmpty(metric.high()));
        add("swemwbs", "ci95_critical_value", metric.critical() == null ? "" : constant(metric.critical()));
        swemwbs.byBand().forEach((band, n) -> add("swemwbs", "band." + band, count(n)));
        SurveyCharts.everyPoint(swemwbs).forEach((point, n) -> add("swemwbs", "score." + point, count(n)));
        EnglandNorms england = swemwbs.england();
        add("swemwbs", "england_mean_men", constant(england.men()));
        add("swemwbs", "england_mean_women", constant(england.women()));
        add("swemwbs", "difference_from_men", orEmpty(england.differenceFromMen()));
        add("swemwbs", "difference_from_women", orEmpty(england.differenceFromWomen()));
        add("swemwbs", "compared_with_england", england.compared() == null ? ""
                : england.compared().name().toLowerCase(Locale.ROOT));
        add("swemwbs", "england_source", england.source());
        PairedChange pairs = swemwbs.pairs();
        add("swemwbs", "pairs", count(pairs.pairs()));
        add("swemwbs", "mean_change", orEmpty(pairs.change().mean()));
        add("swemwbs", "change_ci95_low", orEmpty(pairs.change().low()));
        add("swemwbs", "change_ci95_high", orEmpty(pairs.change().high()));
        add("swemwbs", "improved_meaningfully", count(pairs.improved()));
        add("swemwbs", "improved_meaningfully_percent", pairs.pairs() == 0 ? "" : percent(pairs.improvedShare()));
        add("swemwbs", "worse_meaningfully", count(pairs.worse()));
        add("swemwbs", "fewer_than_" + PairedChange.ENOUGH_PAIRS + "_pairs", pairs.fewPairs() ? "yes" : "no");
    }

    private void question(QuestionFigures question, String kind) {
        String section = question.surveyId();
        String id = question.questionId();
        add(section, id + ".answered", count(question.answered()));
        for (Map.Entry<String, Long> entry : question.counts().entrySet()) {
            add(section, id + "." + kind + entry.getKey(), count(entry.getValue()));
        }
        if (question.positive() != null) {
            add(section, id + ".positive", count(question.positive()));
            Double share = question.positiveShare();
            add(section, id + ".positive_percent", share == null ? "" : percent(share));
        }
    }

    private void add(String section, String measure, String value) {
        row(section, scope, measure, value);
    }

    private void row(String section, String hubs, String measure, String value) {
        lines.add(cell(section) + "," + cell(hubs) + "," + cell(measure) + "," + cell(value));
    }

    private static String orEmpty(@Nullable Double value) {
        return value == null ? "" : decimal(value);
    }
}
