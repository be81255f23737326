package uk.plymouth.wellbeing.staff.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Bar charts as inline SVG markup, drawn on the server: no JavaScript, no chart library. Every chart is an
 * {@code <svg role="img">} named by its {@code <title>} and described by its {@code <desc>}, which lists every bar's
 * label and value, so a screen reader gets the numbers too (the dashboard shows them in tables as well). All text is
 * escaped. Bars are drawn to scale from zero: a bar of twice the value is twice as long.
 */
public final class SvgBarChart {

    /** Plot sizes in SVG user units; the SVG scales to its container's width. */
    static final int COLUMN_PLOT_HEIGHT = 160;
    static final int ROW_PLOT_WIDTH = 300;
    private static final int COLUMN_WIDTH = 44;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 170;
    private static final AtomicLong IDS = new AtomicLong();

    /**
     * One bar.
     *
     * @param value how long the bar is; null for "no figure" (no bar, the text says so)
     * @param valueText what to write by the bar, e.g. "12" or "83.3%"
     */
    public record Bar(String label, @Nullable Double value, String valueText) {

        public static Bar of(String label, int count) {
            return new Bar(label, (double) count, Integer.toString(count));
        }
    }

    private SvgBarChart() {}

    /**
     * Upright bars, one per label along the bottom (e.g. one per week).
     *
     * @param max the value of a full-height bar (e.g. 100 for percentages); null to scale to the largest bar
     */
    public static String columns(String title, String description, List<Bar> bars, @Nullable Double max) {
        int width = Math.max(1, bars.size()) * COLUMN_WIDTH + 20;
        int height = COLUMN_PLOT_HEIGHT + 60;
        StringBuilder svg = open(title, description, bars, width, height, "columns");
        if (bars.isEmpty()) {
            return nothing(svg, width / 2, height / 2);
        }
        double scale = scale(bars, max);
        int baseline = COLUMN_PLOT_HEIGHT + 20;
        svg.append(line(10, baseline, width - 10, baseline));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double barHeight = length(bar, scale, COLUMN_PLOT_HEIGHT);
            int x = 10 + i * COLUMN_WIDTH + 6;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" fill=\"#1d5c8c\" x=\"%d\" y=\"%.2f\" width=\"%d\" height=\"%.2f\"></rect>",
                    x, baseline - barHeight, COLUMN_WIDTH - 12, barHeight));
            svg.append(text(x + (COLUMN_WIDTH - 12) / 2.0, baseline - barHeight - 4, "middle", "value",
                    bar.valueText()));
            svg.append(text(x + (COLUMN_WIDTH - 12) / 2.0, baseline + 16, "middle", "label", bar.label()));
        }
        return svg.append("</svg>").toString();
    }

    /** Sideways bars, one per row with its label on the left (e.g. outcomes, categories). */
    public static String rows(String title, String description, List<Bar> bars) {
        int width = LABEL_WIDTH + ROW_PLOT_WIDTH + 70;
        int height = Math.max(1, bars.size()) * ROW_HEIGHT + 10;
        StringBuilder svg = open(title, description, bars, width, height, "rows");
        if (bars.isEmpty()) {
            return nothing(svg, width / 2, height / 2 + 4);
        }
        double scale = scale(bars, null);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double barWidth = length(bar, scale, ROW_PLOT_WIDTH);
            int y = 5 + i * ROW_HEIGHT;
            svg.append(text(LABEL_WIDTH - 8, y + 17, "end", "label", bar.label()));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" fill=\"#1d5c8c\" x=\"%d\" y=\"%d\" width=\"%.2f\" height=\"%d\"></rect>",
                    LABEL_WIDTH, y + 3, barWidth, ROW_HEIGHT - 6));
            svg.append(text(LABEL_WIDTH + barWidth + 6, y + 17, "start", "value", bar.valueText()));
        }
        return svg.append("</svg>").toString();
    }

    /** Escapes text for SVG (XML) content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 cannot hold other control characters at all
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static StringBuilder open(String title, String description, List<Bar> bars, int width, int height,
            String kind) {
        String id = "chart-" + IDS.incrementAndGet();
        StringBuilder desc = new StringBuilder(description);
        for (Bar bar : bars) {
            desc.append(desc.isEmpty() ? "" : " ").append(bar.label()).append(": ").append(bar.valueText())
                    .append('.');
        }
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " class=\"bar-chart %s\" viewBox=\"0 0 %d %d\" width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\""
                + " aria-labelledby=\"%s-title %s-desc\">", kind, width, height, id, id))
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">")
                .append(escape(bars.isEmpty() ? description + " No figures for this period." : desc.toString()))
                .append("</desc>");
    }

    private static String nothing(StringBuilder svg, int x, int y) {
        return svg.append(text(x, y, "middle", "empty", "No figures for this period")).append("</svg>").toString();
    }

    private static double scale(List<Bar> bars, @Nullable Double max) {
        double top = max != null ? max
                : bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                        .orElse(0);
        return top <= 0 ? 0 : 1 / top;
    }

    private static double length(Bar bar, double scale, int full) {
        double value = bar.value() == null ? 0 : Math.max(0, bar.value());
        return Math.min(full, value * scale * full);
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format(Locale.ROOT, "<line class=\"axis\" stroke=\"#555\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String kind, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" font-size=\"13\" fill=\"#1b1b1b\">%s</text>",
                kind, x, y, anchor, escape(content));
    }
}
