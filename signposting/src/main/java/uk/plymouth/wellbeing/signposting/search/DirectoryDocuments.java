package uk.plymouth.wellbeing.signposting.search;

import static uk.plymouth.wellbeing.signposting.search.IndexFields.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;

/** Turns a service or an activity into an index document, and feeds its words to the spelling vocabulary. */
final class DirectoryDocuments {

    private final CatalogueSnapshot snapshot;
    private final HubOrdinals hubs;
    private final LocalDate today;
    private final SearchProperties properties;
    private final SpellingCorrector.Vocabulary vocabulary;
    private final Analyzer plain = ResidentAnalyzers.plain();

    DirectoryDocuments(CatalogueSnapshot snapshot, HubOrdinals hubs, LocalDate today, SearchProperties properties,
            SpellingCorrector.Vocabulary vocabulary) {
        this.snapshot = snapshot;
        this.hubs = hubs;
        this.today = today;
        this.properties = properties;
        this.vocabulary = vocabulary;
    }

    Document of(DirectoryItem item, int ordinal) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ITEM, ordinal));
        doc.add(new StringField(ID, item.id(), Field.Store.NO));
        doc.add(new StringField(KIND, item.kind().name(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, item.category().id(), Field.Store.NO));
        doc.add(new NumericDocValuesField(CATEGORY_ORD, item.category().ordinal()));
        doc.add(new StringField(FREE, item.cost().free() ? "yes" : "no", Field.Store.NO));
        long mask = 0;
        for (String hubId : item.hubIds()) {
            doc.add(new StringField(HUB, hubId, Field.Store.NO));
            mask |= hubs.bit(hubId);
        }
        doc.add(new NumericDocValuesField(HUB_MASK, mask));
        addDays(doc, item);
        doc.add(new NumericDocValuesField(BOOST, Float.floatToIntBits(staticBoost(item))));
        addText(doc, TITLE, item.title(), 5);
        addText(doc, TAGS, String.join(", ", item.tags()), 3);
        addText(doc, SUMMARY, item.summary(), 2);
        addText(doc, DESCRIPTION, longText(item), 1);
        addText(doc, CATEGORY_TEXT, item.category().label() + " " + item.category().searchWords(), 1);
        addText(doc, HUB_TEXT, hubText(item), 1);
        return doc;
    }

    /** Running items that were checked recently come first; closed ones sink but stay findable. */
    private float staticBoost(DirectoryItem item) {
        double status = item.status() == ItemStatus.ACTIVE ? 1.0 : properties.closedFactor();
        LocalDate verified = item.lastVerified();
        double freshness;
        if (verified == null) {
            freshness = 0.95;
        } else {
            long age = ChronoUnit.DAYS.between(verified, today);
            freshness = age <= 183 ? 1.0 : age <= 365 ? 0.93 : age <= 730 ? 0.85 : 0.75;
        }
        return (float) (status * freshness);
    }

    /** Dates it runs within the horizon (for "today" / "this week") and the weekdays those fall on. */
    private void addDays(Document doc, DirectoryItem item) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (int offset = 0; offset < properties.horizonDays(); offset++) {
            LocalDate date = today.plusDays(offset);
            if (runsOn(item, date)) {
                doc.add(new StringField(OCCURS, date.toString(), Field.Store.NO));
                weekdays.add(date.getDayOfWeek());
            }
        }
        int dayMask = 0;
        for (DayOfWeek day : weekdays) {
            doc.add(new StringField(WEEKDAY, day.name(), Field.Store.NO));
            dayMask |= 1 << day.ordinal();
        }
        doc.add(new NumericDocValuesField(DAY_MASK, dayMask));
    }

    private boolean runsOn(DirectoryItem item, LocalDate date) {
        if (item instanceof Activity activity) {
            return activity.occursOn(date);
        }
        HubService service = (HubService) item;
        if (service.status() != ItemStatus.ACTIVE) {
            return false;
        }
        if (!service.sessions().isEmpty()) {
            return service.sessions().stream().map(Session::day).anyMatch(d -> d == date.getDayOfWeek());
        }
        return service.hubIds().stream().map(snapshot.hubs()::get).filter(Objects::nonNull)
                .anyMatch(hub -> hub.openingHours().isOpenOn(date.getDayOfWeek()));
    }

    private static String longText(DirectoryItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(item.description());
        if (item instanceof HubService service) {
            parts.add(service.whoFor());
            parts.add(Objects.requireNonNullElse(service.when(), ""));
            parts.add(Objects.requireNonNullElse(service.provider(), ""));
            parts.add(service.access().stream().map(a -> a.label()).collect(Collectors.joining(". ")));
        } else if (item instanceof Activity activity) {
            parts.add(Objects.requireNonNullElse(activity.whoFor(), ""));
            parts.add(activity.schedule().inWords());
        }
        return parts.stream().filter(p -> !p.isBlank()).collect(Collectors.joining(" \n"));
    }

    private String hubText(DirectoryItem item) {
        Set<String> words = new LinkedHashSet<>();
        for (String hubId : item.hubIds()) {
            Hub hub = snapshot.hubs().get(hubId);
            if (hub != null) {
                words.add(hub.name());
                words.add(hub.neighbourhood());
            }
        }
        return String.join(". ", words);
    }

    private void addText(Document doc, String field, @Nullable String text, int vocabularyWeight) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.add(new TextField(field, text, Field.Store.NO));
        for (String word : Tokens.of(plain, text)) {
            vocabulary.add(word, vocabularyWeight);
        }
    }
}
