package uk.plymouth.wellbeing.signposting.survey.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SWEMWBS metric scores in the period: every response that has one (any version, any channel).
 *
 * @param metric n, mean, SD and 95% interval of the metric score (see {@link Interval} for the method)
 * @param byBand responses per band, as banded when answered (by that version's bands), lowest band first
 * @param byPoint responses per whole metric point (23 holds 23.00 to 23.99), 7 to 35
 */
public record SwemwbsFigures(Interval metric, Map<String, Long> byBand, SortedMap<Integer, Long> byPoint,
        EnglandNorms england, PairedChange pairs) {

    public SwemwbsFigures {
        byBand = Collections.unmodifiableMap(new LinkedHashMap<>(byBand));
        byPoint = Collections.unmodifiableSortedMap(new TreeMap<>(byPoint));
    }
}
