package uk.plymouth.wellbeing.staff.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.plymouth.wellbeing.staff.dashboard.SvgBarChart.Bar;

class SvgBarChartTest {

    @Test
    void drawsColumnsToScaleFromZero() throws Exception {
        Document svg = parse(SvgBarChart.columns("Requests per week", "Requests made each week.",
                List.of(Bar.of("5 Oct", 10), Bar.of("12 Oct", 20), Bar.of("19 Oct", 5), Bar.of("26 Oct", 0)), null));

        List<Double> heights = bars(svg, "height");
        assertThat(heights).hasSize(4);
        assertThat(heights.get(1)).isCloseTo(SvgBarChart.COLUMN_PLOT_HEIGHT, within(0.01));
        assertThat(heights.get(0)).isCloseTo(heights.get(1) / 2, within(0.01));
        assertThat(heights.get(2)).isCloseTo(heights.get(1) / 4, within(0.01));
        assertThat(heights.get(3)).isZero();
        assertThat(texts(svg)).contains("10", "20", "5", "0", "5 Oct", "26 Oct");
    }

    @Test
    void scalesPercentagesToAFixedMaximum() throws Exception {
        Document svg = parse(SvgBarChart.columns("Within target", "Share in time.",
                List.of(new Bar("5 Oct", 50.0, "50.0%"), new Bar("12 Oct", null, "–")), 100.0));

        assertThat(bars(svg, "height")).containsExactly(SvgBarChart.COLUMN_PLOT_HEIGHT / 2.0, 0.0);
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Share in time. 5 Oct: 50.0%. 12 Oct: –.");
    }

    @Test
    void drawsRowsToScale() throws Exception {
        Document svg = parse(SvgBarChart.rows("Outcomes", "How they ended.",
                List.of(Bar.of("Done", 30), Bar.of("Unable to contact", 10), Bar.of("Still open", 15))));

        List<Double> widths = bars(svg, "width");
        assertThat(widths.get(0)).isCloseTo(SvgBarChart.ROW_PLOT_WIDTH, within(0.01));
        assertThat(widths.get(1)).isCloseTo(SvgBarChart.ROW_PLOT_WIDTH / 3.0, within(0.01));
        assertThat(widths.get(2)).isCloseTo(SvgBarChart.ROW_PLOT_WIDTH / 2.0, within(0.01));
    }

    @Test
    void isAnAccessibleImageWithATitleAndADescriptionListingEveryValue() throws Exception {
        Element root = parse(SvgBarChart.rows("Channels", "Requests by channel.",
                List.of(Bar.of("Kiosk", 3), Bar.of("Text message", 1)))).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertThat(root.getOwnerDocument().getElementsByTagName("title").item(0).getAttributes()
                .getNamedItem("id").getNodeValue()).isEqualTo(labelledBy[0]);
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Channels");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Requests by channel. Kiosk: 3. Text message: 1.");
        // every chart gets its own ids, so two on one page never point at each other's title
        assertThat(SvgBarChart.rows("Channels", "", List.of())).doesNotContain(labelledBy[0] + "\"");
    }

    @Test
    void escapesEveryText() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\"\u0007";
        String markup = SvgBarChart.columns(evil, evil, List.of(Bar.of(evil, 1)), null);

        assertThat(markup).doesNotContain("<script>", "'x'", "\u0007");
        assertThat(markup).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        Document svg = parse(markup);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"quotes\"");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() throws Exception {
        Document columns = parse(SvgBarChart.columns("Requests per week", "Requests made each week.", List.of(), null));
        Document rows = parse(SvgBarChart.rows("Outcomes", "How they ended.", List.of()));

        for (Document svg : List.of(columns, rows)) {
            assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
            assertThat(bars(svg, "width")).isEmpty();
            assertThat(texts(svg)).containsExactly("No figures for this period");
            assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).endsWith("No figures for this period.");
        }
        // all zeros: bars of no length, never a division by zero
        assertThat(bars(parse(SvgBarChart.rows("Outcomes", "", List.of(Bar.of("Done", 0)))), "width"))
                .containsExactly(0.0);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Double> bars(Document svg, String attribute) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            values.add(Double.parseDouble(((Element) rects.item(i)).getAttribute(attribute)));
        }
        return values;
    }

    static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            values.add(texts.item(i).getTextContent());
        }
        return values;
    }
}
