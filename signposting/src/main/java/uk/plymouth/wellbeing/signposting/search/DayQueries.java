package uk.plymouth.wellbeing.signposting.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** Days as the index knows them: a {@link DayFilter} as a Lucene filter, and days named in a text as a filter. */
final class DayQueries {

    private DayQueries() {}

    /** The next of the days named ("saturday": the coming Saturday), or the coming week's dates of several. */
    static DayFilter named(Set<DayOfWeek> days, LocalDate today) {
        if (days.size() == 1) {
            DayOfWeek day = days.iterator().next();
            int ahead = (day.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return new DayFilter.OnDate(today.plusDays(ahead));
        }
        LocalDate first = null;
        LocalDate last = null;
        for (int ahead = 0; ahead < 7; ahead++) {
            LocalDate date = today.plusDays(ahead);
            if (days.contains(date.getDayOfWeek())) {
                first = first == null ? date : first;
                last = date;
            }
        }
        return new DayFilter.Between(first, last);
    }

    /** The filter for a day, or null for any day; dates past the last indexed one go by weekday. */
    static @Nullable Query filter(DayFilter day, LocalDate lastIndexed) {
        if (day instanceof DayFilter.OnWeekday weekday) {
            return new TermQuery(new Term(IndexFields.WEEKDAY, weekday.day().name()));
        }
        if (day instanceof DayFilter.OnDate date) {
            return date.date().isAfter(lastIndexed)
                    ? new TermQuery(new Term(IndexFields.WEEKDAY, date.date().getDayOfWeek().name()))
                    : new TermQuery(new Term(IndexFields.OCCURS, date.date().toString()));
        }
        if (day instanceof DayFilter.Between between) {
            return between(between, lastIndexed);
        }
        return null;
    }

    private static Query between(DayFilter.Between range, LocalDate lastIndexed) {
        List<String> dates = new ArrayList<>();
        Set<DayOfWeek> laterWeekdays = EnumSet.noneOf(DayOfWeek.class);
        for (LocalDate d = range.from(); !d.isAfter(range.to()) && dates.size() + laterWeekdays.size() < 400;
                d = d.plusDays(1)) {
            if (d.isAfter(lastIndexed)) {
                laterWeekdays.add(d.getDayOfWeek());
            } else {
                dates.add(d.toString());
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!dates.isEmpty()) {
            any.add(SearchExecution.terms(IndexFields.OCCURS, dates), BooleanClause.Occur.SHOULD);
        }
        if (!laterWeekdays.isEmpty()) {
            any.add(SearchExecution.terms(IndexFields.WEEKDAY, laterWeekdays.stream().map(Enum::name).toList()),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
