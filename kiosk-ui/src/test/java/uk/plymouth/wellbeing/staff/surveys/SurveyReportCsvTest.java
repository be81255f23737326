package uk.plymouth.wellbeing.staff.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.report.EnglandNorms;
import uk.plymouth.wellbeing.signposting.survey.report.Interval;
import uk.plymouth.wellbeing.signposting.survey.report.PairedChange;
import uk.plymouth.wellbeing.signposting.survey.report.QuestionFigures;
import uk.plymouth.wellbeing.signposting.survey.report.ResponseCount;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyComment;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyFigures;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyReportQuery;
import uk.plymouth.wellbeing.signposting.survey.report.SwemwbsFigures;

/** {@link SurveyReportCsv} on figures made by hand: the exact lines, and comments that look like formulas. */
class SurveyReportCsvTest {

    static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    static final Function<String, String> HUB_NAMES = Map.of("four-greens", "Four Greens Community Trust",
            "jan-cutting", "Jan Cutting Healthy Living Centre")::get;
    static final String HUB = "Four Greens Community Trust";

    @Test
    void writesOneLinePerFigureWithNumbersAsTheScreenWritesThem() {
        List<String> lines = SurveyReportCsv.lines(figures(List.of()), HUB_NAMES, PLYMOUTH);

        List<String> expected = new ArrayList<>(List.of(
                "section,hubs,measure,value",
                "report," + HUB + ",from,2026-11-01",
                "report," + HUB + ",to,2026-11-30",
                "report," + HUB + ",responses,3",
                "responses," + HUB + ",resident-satisfaction.staff_assisted,1",
                "responses," + HUB + ",swemwbs.kiosk,2",
                "swemwbs," + HUB + ",responses,2",
                "swemwbs," + HUB + ",mean_metric,22.14",
                "swemwbs," + HUB + ",sd,4.09",
                "swemwbs," + HUB + ",ci95_low,-14.58",
                "swemwbs," + HUB + ",ci95_high,58.86",
                "swemwbs," + HUB + ",ci95_critical_value,12.706",
                "swemwbs," + HUB + ",band.lower,1",
                "swemwbs," + HUB + ",band.middle,1"));
        for (int point = 7; point <= 35; point++) {
            expected.add("swemwbs," + HUB + ",score." + point + "," + (point == 19 || point == 25 ? 1 : 0));
        }
        expected.addAll(List.of(
                "swemwbs," + HUB + ",england_mean_men,23.7",
                "swemwbs," + HUB + ",england_mean_women,23.2",
                "swemwbs," + HUB + ",difference_from_men,-1.56",
                "swemwbs," + HUB + ",difference_from_women,-1.06",
                "swemwbs," + HUB + ",compared_with_england,similar",
                "swemwbs," + HUB + ",england_source,\"" + EnglandNorms.SOURCE + "\"",
                "swemwbs," + HUB + ",pairs,1",
                "swemwbs," + HUB + ",mean_change,5.78",
                "swemwbs," + HUB + ",change_ci95_low,",
                "swemwbs," + HUB + ",change_ci95_high,",
                "swemwbs," + HUB + ",improved_meaningfully,1",
                "swemwbs," + HUB + ",improved_meaningfully_percent,100.0",
                "swemwbs," + HUB + ",worse_meaningfully,0",
                "swemwbs," + HUB + ",fewer_than_30_pairs,yes",
                "ons4," + HUB + ",anxiety.answered,1",
                "ons4," + HUB + ",anxiety.band.very-low,1",
                "ons4," + HUB + ",anxiety.band.low,0",
                "resident-satisfaction," + HUB + ",recommend.answered,3",
                "resident-satisfaction," + HUB + ",recommend.option.Yes,2",
                "resident-satisfaction," + HUB + ",recommend.option.Maybe,1",
                "resident-satisfaction," + HUB + ",recommend.option.No,0",
                "resident-satisfaction," + HUB + ",recommend.positive,2",
                "resident-satisfaction," + HUB + ",recommend.positive_percent,66.7"));
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(SurveyReportCsv.text(figures(List.of()), HUB_NAMES, PLYMOUTH))
                .startsWith("section,hubs,measure,value\r\nreport,").endsWith(",66.7\r\n");
    }

    @Test
    void commentsThatLookLikeFormulasAreWrittenAsText() {
        List<SurveyComment> comments = List.of(
                comment("=HYPERLINK(\"http://example.com\",\"Click\")"),
                comment("+44 7700 900123 rang me"),
                comment("-1 for the coffee"),
                comment("@SUM(A1:A9)"),
                comment("\tcmd"),
                comment("Lovely staff, thank you"));

        List<String> lines = SurveyReportCsv.lines(figures(comments), HUB_NAMES, PLYMOUTH);

        String measure = "comment,Jan Cutting Healthy Living Centre,resident-satisfaction.comment.2026-11-09.sms,";
        assertThat(lines.subList(lines.size() - 6, lines.size())).containsExactly(
                measure + "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Click\"\")\"",
                measure + "'+44 7700 900123 rang me",
                measure + "'-1 for the coffee",
                measure + "'@SUM(A1:A9)",
                measure + "'\tcmd",
                measure + "\"Lovely staff, thank you\"");
    }

    @Test
    void negativeNumbersStayNumbers() {
        assertThat(SurveyReportCsv.cell("-5.23")).isEqualTo("-5.23");
        assertThat(SurveyReportCsv.cell("-5")).isEqualTo("-5");
        assertThat(SurveyReportCsv.cell("-5.2.3")).isEqualTo("'-5.2.3");
        assertThat(SurveyReportCsv.cell("-")).isEqualTo("'-");
        assertThat(SurveyReportCsv.cell("")).isEmpty();
    }

    @Test
    void numbersRoundHalfUpAndNeverShowMinusZero() {
        assertThat(SurveyNumbers.decimal(2.345)).isEqualTo("2.35");
        assertThat(SurveyNumbers.decimal(-0.001)).isEqualTo("0.00");
        assertThat(SurveyNumbers.decimal(21.5656)).isEqualTo("21.57");
        assertThat(SurveyNumbers.percent(1 / 3.0)).isEqualTo("33.3");
        assertThat(SurveyNumbers.percent(2 / 3.0)).isEqualTo("66.7");
        assertThat(SurveyNumbers.constant(3.0)).isEqualTo("3");
        assertThat(SurveyNumbers.constant(2.306)).isEqualTo("2.306");
    }

    @Test
    void namesTheFileAfterTheHubAndTheDaysIncluded() {
        assertThat(SurveyReportCsv.fileName(figures(List.of())))
                .isEqualTo("survey-report-four-greens-2026-11-01-to-2026-11-30.csv");
        SurveyFigures everyHub = new SurveyFigures(new SurveyReportQuery(null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 1)), null, List.of(), figures(List.of()).swemwbs(), List.of(), List.of(),
                List.of(), Instant.EPOCH);
        assertThat(SurveyReportCsv.fileName(everyHub))
                .isEqualTo("survey-report-all-my-hubs-2026-06-01-to-2026-06-30.csv");
        assertThat(SurveyReportCsv.lines(everyHub, HUB_NAMES, PLYMOUTH).get(1))
                .isEqualTo("report,All hubs,from,2026-06-01");
    }

    private static SurveyFigures figures(List<SurveyComment> comments) {
        Interval metric = new Interval(2, 22.14, 4.087077, -14.582, 58.862, 12.706);
        TreeMap<Integer, Long> byPoint = new TreeMap<>(Map.of(19, 1L, 25, 1L));
        Map<String, Long> byBand = new LinkedHashMap<>();
        byBand.put("lower", 1L);
        byBand.put("middle", 1L);
        EnglandNorms england = new EnglandNorms(EnglandNorms.MEN, EnglandNorms.WOMEN, EnglandNorms.SOURCE,
                EnglandNorms.Comparison.SIMILAR, 22.14 - EnglandNorms.MEN, 22.14 - EnglandNorms.WOMEN);
        PairedChange pairs = new PairedChange(new Interval(1, 5.78, null, null, null, null), 1, 0);
        Map<String, Long> anxiety = new LinkedHashMap<>();
        anxiety.put("very-low", 1L);
        anxiety.put("low", 0L);
        Map<String, Long> recommend = new LinkedHashMap<>();
        recommend.put("Yes", 2L);
        recommend.put("Maybe", 1L);
        recommend.put("No", 0L);
        return new SurveyFigures(new SurveyReportQuery("four-greens", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1)), List.of("four-greens"),
                List.of(new ResponseCount("resident-satisfaction", SurveyChannel.STAFF_ASSISTED, 1),
                        new ResponseCount("swemwbs", SurveyChannel.KIOSK, 2)),
                new SwemwbsFigures(metric, byBand, byPoint, england, pairs),
                List.of(new QuestionFigures("ons4", "anxiety", "How anxious did you feel yesterday?", 1, anxiety,
                        null)),
                List.of(new QuestionFigures("resident-satisfaction", "recommend", "Would you recommend us?", 3,
                        recommend, 2L)),
                comments, Instant.parse("2026-12-01T09:00:00Z"));
    }

    private static SurveyComment comment(String text) {
        return new SurveyComment("resident-satisfaction", "comment", "jan-cutting", SurveyChannel.SMS,
                Instant.parse("2026-11-09T10:00:00Z"), text);
    }
}
