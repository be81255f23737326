package uk.plymouth.wellbeing.signposting.search;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;

/**
 * Finds services and activities from residents' own words. Safe under any number of concurrent searches, any
 * text at all, and rebuilds: each search runs against one whole index generation.
 */
@Service
public class ServiceSearch {

    /** The name searches are observed (timed) under: {@code hub_search_seconds} in Prometheus. */
    public static final String OBSERVATION = "hub.search";

    private static final Logger log = LoggerFactory.getLogger(ServiceSearch.class);
    private static final int MAX_SUGGESTION_INPUT = 100;

    private final ObservationRegistry observations;
    private final Clock clock;
    private final SearchProperties properties;
    private final SemanticEmbeddings embeddings;
    private final QueryTranslation translation;
    private final CurrentGeneration current = new CurrentGeneration();
    private final Tidying tidying;
    private boolean closed;

    /** Words only (BM25): no embedding model. */
    public ServiceSearch(Clock clock, SearchProperties properties) {
        this(clock, properties, SemanticEmbeddings.off());
    }

    /** Words and, when {@code hub.search.semantic} is on and a model is given, meaning. */
    public ServiceSearch(Clock clock, SearchProperties properties, SemanticEmbeddings embeddings) {
        this(clock, properties, embeddings, ObservationRegistry.NOOP, QueryTranslation.NONE);
    }

    /**
     * As above, and every search and suggestion observed as {@value #OBSERVATION} (with Spring Boot's actuator: a
     * timer, tagged {@code kind=search} or {@code kind=suggest}, whichever channel asked: kiosk, text or open data).
     */
    @Autowired
    public ServiceSearch(Clock clock, SearchProperties properties, SemanticEmbeddings embeddings,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<QueryTranslation> translation) {
        this(clock, properties, embeddings, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                translation.getIfAvailable(() -> QueryTranslation.NONE));
    }

    private ServiceSearch(Clock clock, SearchProperties properties, SemanticEmbeddings embeddings,
            ObservationRegistry observations, QueryTranslation translation) {
        this.observations = observations;
        this.translation = translation;
        this.clock = clock;
        this.properties = properties;
        this.embeddings = embeddings;
        this.tidying = new Tidying(this, current::get, properties, embeddings);
        this.current.set(IndexGeneration.build(CatalogueSnapshot.EMPTY, LocalDate.now(clock), properties,
                embeddings));
    }

    /** Builds a fresh index from the directory and swaps it in; searches under way finish on the old one. */
    public synchronized IndexStats rebuild(CatalogueSnapshot snapshot) {
        IndexGeneration next = IndexGeneration.build(snapshot, LocalDate.now(clock), properties, embeddings);
        swapIn(next);
        return statsOf(next);
    }

    /**
     * Makes {@code next} searchable, re-indexing only the items whose ids are in {@code changedIds} (added, changed or
     * gone from next); falls back to a full rebuild when hubs, postcode districts or synonyms differ from the current
     * generation's snapshot, or when the day has changed. Searches under way finish on the generation they started
     * on. After many publishes a full build runs in the background to tidy the index ({@link Tidying}).
     */
    public synchronized IndexStats update(CatalogueSnapshot next, Set<String> changedIds) {
        IndexGeneration previous = current.get();
        if (!previous.base.takes(next, LocalDate.now(clock))) {
            return rebuild(next);
        }
        IndexGeneration updated;
        try {
            updated = new IndexUpdate(previous, next, changedIds, properties, embeddings).apply();
        } catch (IOException | RuntimeException e) {
            // the writer may hold half of this publish: a new base is the only clean way on
            log.warn("Publishing {} items to the search index failed; rebuilding it whole", changedIds.size(), e);
            return rebuild(next);
        }
        swapIn(updated);
        tidying.consider(updated);
        return statsOf(updated);
    }

    /** Swaps in a tidy full build made in the background, once the items published meanwhile are in it too. */
    synchronized void swapInTidied(IndexGeneration from, IndexGeneration tidied) throws IOException {
        IndexGeneration now = current.get();
        if (closed || now.base != from.base || !now.builtFor.equals(tidied.builtFor)) {
            closeQuietly(tidied); // rebuilt meanwhile (new content or a new day): this one is out of date
            return;
        }
        IndexGeneration caughtUp = tidied;
        if (now != from) {
            Set<String> since = now.base.publishedBetween(from.publishes, now.publishes);
            try {
                caughtUp = new IndexUpdate(tidied, now.snapshot, since, properties, embeddings).apply();
            } finally {
                closeQuietly(tidied);
            }
        }
        swapIn(caughtUp);
    }

    private void swapIn(IndexGeneration next) {
        closeQuietly(current.getAndSet(next));
    }

    private static IndexStats statsOf(IndexGeneration generation) {
        return new IndexStats(generation.documents, generation.indexBytes, generation.buildTime);
    }

    /** Activity dates and "recently checked" weights are relative to today: rebuild just after midnight. */
    @Scheduled(cron = "${hub.search.refresh-cron:0 5 0 * * *}", zone = "Europe/London")
    public void refreshForNewDay() {
        IndexGeneration generation = current.get();
        if (!generation.builtFor.equals(LocalDate.now(clock))) {
            IndexStats stats = rebuild(generation.snapshot);
            log.info("Search index refreshed for {}: {} documents in {} ms", LocalDate.now(clock),
                    stats.documents(), stats.buildTime().toMillis());
        }
    }

    public SearchResults search(SearchRequest request) {
        QueryTranslation.Translated read = translation.translate(request.text());
        return observed("search").observe(() -> current.withSearcher((generation, searcher) ->
                new SearchExecution(generation, searcher, properties, embeddings, LocalDate.now(clock))
                        .run(request.withText(read.text())).understanding(read.understood())));
    }

    /** Up to {@code limit} things worth searching for that start like what has been typed so far. */
    public List<String> suggest(String typed, int limit) {
        String text = typed.length() > MAX_SUGGESTION_INPUT ? typed.substring(0, MAX_SUGGESTION_INPUT) : typed;
        if (text.isBlank() || limit < 1) {
            return List.of();
        }
        return observed("suggest").observe(() -> current.withSearcher((generation, searcher) ->
                generation.suggest(text, limit)));
    }

    private Observation observed(String kind) {
        return Observation.createNotStarted(OBSERVATION, observations).lowCardinalityKeyValue("kind", kind);
    }

    /** Figures for the benchmark and the start-up log. */
    public IndexStats stats() {
        return statsOf(current.get());
    }

    /** Items published one by one since the last full build (tests and the benchmark). */
    int publishedSinceFullBuild() {
        return current.get().publishedSinceBuild();
    }

    /** The generation searches use now (tests). */
    IndexGeneration current() {
        return current.get();
    }

    /** Whether a background tidy of the index is under way (tests). */
    boolean tidying() {
        return tidying.running();
    }

    @PreDestroy
    synchronized void close() {
        closed = true; // a tidy still under way is thrown away when it ends
        closeQuietly(current.get());
    }

    private static void closeQuietly(IndexGeneration generation) {
        try {
            generation.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Closing an old search index failed", e);
        }
    }

    /** Words the search treats as noise, for screens that want to explain an empty result. */
    public static Set<String> fillerWords() {
        return Set.copyOf(ResidentAnalyzers.FILLER_WORDS);
    }
}
