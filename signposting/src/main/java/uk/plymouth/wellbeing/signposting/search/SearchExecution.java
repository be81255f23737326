package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;

/** One search, from the resident's text to a page of results. */
final class SearchExecution {

    private static final int MAX_TEXT_CHARS = 1000;
    private static final String[] SNIPPET_FIELDS = {IndexFields.SUMMARY, IndexFields.DESCRIPTION};

    private final IndexGeneration generation;
    private final IndexSearcher searcher;
    private final SearchProperties properties;
    private final SemanticEmbeddings embeddings;
    private final LocalDate today;

    SearchExecution(IndexGeneration generation, IndexSearcher searcher, SearchProperties properties,
            SemanticEmbeddings embeddings, LocalDate today) {
        this.generation = generation;
        this.searcher = searcher;
        this.properties = properties;
        this.embeddings = embeddings;
        this.today = today;
    }

    SearchResults run(SearchRequest request) throws IOException {
        String text = request.text().length() > MAX_TEXT_CHARS ? request.text().substring(0, MAX_TEXT_CHARS)
                : request.text();
        ResidentQuery asked = ResidentQuery.read(text, generation.places.areaNames(), today);
        PlaceLookup place = place(request, asked);
        GeoPoint origin = place == null ? null : place.point();
        ResidentWords words = wordsOf(asked);
        boolean browsing = !words.hasMeaning();
        if (browsing && !request.text().isBlank() && asked.days().isEmpty() && asked.place() == null) {
            return empty(request, place, words);
        }
        DayFilter day = request.day();
        if (browsing && day instanceof DayFilter.AnyDay && !asked.days().isEmpty()) {
            // "what's on saturday": the day is the whole question, so it filters, and it means activities
            day = DayQueries.named(asked.days(), today);
            if (request.kinds().isEmpty()) {
                request = request.withKind(DirectoryItem.Kind.ACTIVITY);
            }
        }
        QueryPruner pruner = new QueryPruner(generation.fieldTerms);
        Query textQuery = browsing ? null : pruner.prune(fieldsQuery(words.mended(), IndexFields.TEXT_FIELDS));
        boolean byMeaning = !browsing && properties.semantic() && embeddings.enabled() && generation.hasVectors;
        if (!browsing && textQuery == null && !byMeaning) {
            return empty(request, place, words);
        }
        boolean byDistance = origin != null && request.sort() != SortOrder.RELEVANCE;
        double threshold = browsing ? 0
                : byDistance ? properties.minRelativeScoreByDistance() : properties.minRelativeScore();
        int categoryMask = categoryMask(request.categories());
        long hubFilter = request.hubIds().isEmpty() ? -1L : generation.hubs.mask(request.hubIds());
        Matches matches = textQuery == null && !browsing ? new Matches()
                : collect(withFilters(textQuery == null ? new MatchAllDocsQuery() : textQuery, request, day, origin),
                        request, asked.days());
        if (byMeaning) {
            Matches meaning = byMeaning(words.mended(), request, day, origin, asked.days());
            matches = new ScoreFusion(properties.fusion(), properties.semanticWeight(), properties.minSimilarity())
                    .fuse(matches, meaning, threshold, categoryMask, hubFilter);
            threshold = 0; // the fusion has already dropped word noise; anything it kept is shown
        }
        matches.rankTitles(generation.titleRanks());
        ResultRanking ranking = new ResultRanking(matches, categoryMask, hubFilter, threshold,
                hubDistances(origin), byDistance, properties.goodMatchShare());
        long from = (long) request.page() * request.pageSize();
        ResultRanking.Ranked ranked = ranking.rank(generation.hubs.size(), (int) Math.min(from, Integer.MAX_VALUE),
                request.pageSize());
        Query snippetQuery = textQuery == null ? null : pruner.prune(fieldsQuery(words.mended(), SNIPPET_FIELDS));
        List<SearchHit> hits = hits(ranked.page(), matches, ranking, snippetQuery, request, origin);
        return new SearchResults(hits, ranked.total(), request.page(), request.pageSize(),
                categoryCounts(ranked.categoryCounts()), hubCounts(ranked.hubCounts()), place, words.fixes(),
                words.fixes().isEmpty() ? null : words.mended(), words.typed());
    }

    /** The need's words ("debt advice" of "debt advice plympton"), or all of them if a place is all there is. */
    private ResidentWords wordsOf(ResidentQuery asked) {
        ResidentWords need = ResidentWords.of(asked.need(), generation.spelling, properties.maxQueryWords(),
                generation.queryAnalyzer, this::inIndex);
        return need.hasMeaning() || asked.need().equals(asked.words()) ? need
                : ResidentWords.of(asked.words(), generation.spelling, properties.maxQueryWords(),
                        generation.queryAnalyzer, this::inIndex);
    }

    private @Nullable PlaceLookup place(SearchRequest request, ResidentQuery asked) {
        if (request.place() != null && !request.place().isBlank()) {
            return generation.places.lookup(request.place());
        }
        return asked.place() == null ? null : generation.places.lookup(asked.place());
    }

    /** The words against the given text fields, each with its weight; multi-word synonyms as phrases. */
    private Query fieldsQuery(String text, String[] fields) {
        QueryBuilder builder = new QueryBuilder(generation.queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : fields) {
            Query fieldQuery = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, IndexFields.boostOf(field)), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** Whether a typed word, stemmed as the index stems it, is in the index (then it is not a typing slip). */
    private boolean inIndex(String word) {
        for (String stem : Tokens.of(generation.indexAnalyzer, word)) {
            for (Set<String> terms : generation.fieldTerms.values()) {
                if (terms.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Query withFilters(Query main, SearchRequest request, DayFilter day, @Nullable GeoPoint origin) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        if (!request.kinds().isEmpty() && request.kinds().size() < DirectoryItem.Kind.values().length) {
            query.add(terms(IndexFields.KIND, request.kinds().stream().map(Enum::name).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (request.freeOnly()) {
            query.add(new TermQuery(new Term(IndexFields.FREE, "yes")), BooleanClause.Occur.FILTER);
        }
        Query days = DayQueries.filter(day, generation.builtFor.plusDays(properties.horizonDays() - 1L));
        if (days != null) {
            query.add(days, BooleanClause.Occur.FILTER);
        }
        if (request.radiusKm() != null) {
            query.add(withinRadius(origin, request.radiusKm()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private Query withinRadius(@Nullable GeoPoint origin, double km) {
        if (origin == null) {
            return new MatchNoDocsQuery("no known place to measure a radius from");
        }
        List<String> near = generation.snapshot.hubs().values().stream()
                .filter(hub -> hub.location().distanceKm(origin) <= km).map(Hub::id).toList();
        return near.isEmpty() ? new MatchNoDocsQuery("no hub within " + km + " km") : terms(IndexFields.HUB, near);
    }

    static Query terms(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private Matches collect(Query query, SearchRequest request, Set<DayOfWeek> dayWords) throws IOException {
        long preferred = request.preferredHubId() == null ? 0L : generation.hubs.bit(request.preferredHubId());
        int dayMask = 0;
        for (DayOfWeek day : dayWords) {
            dayMask |= 1 << day.ordinal();
        }
        try {
            return searcher.search(query, MatchCollector.manager(preferred, (float) properties.preferredHubBoost(),
                    dayMask, (float) properties.dayWordBoost()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalStateException("A search expanded past Lucene's clause limit", e);
        }
    }

    /** The nearest items in meaning, within the same filters as the words (categories and hubs included). */
    private Matches byMeaning(String words, SearchRequest request, DayFilter day, @Nullable GeoPoint origin,
            Set<DayOfWeek> dayWords) throws IOException {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        BooleanQuery others = (BooleanQuery) withFilters(new MatchAllDocsQuery(), request, day, origin);
        boolean filtered = others.clauses().size() > 1 || !request.categories().isEmpty()
                || !request.hubIds().isEmpty();
        filter.add(others, BooleanClause.Occur.FILTER);
        if (!request.categories().isEmpty()) {
            filter.add(terms(IndexFields.CATEGORY, request.categories().stream().map(Category::id).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!request.hubIds().isEmpty()) {
            filter.add(terms(IndexFields.HUB, List.copyOf(request.hubIds())), BooleanClause.Occur.FILTER);
        }
        long preferred = request.preferredHubId() == null ? 0L : generation.hubs.bit(request.preferredHubId());
        int dayMask = 0;
        for (DayOfWeek dayWord : dayWords) {
            dayMask |= 1 << dayWord.ordinal();
        }
        int candidates = (int) Math.min(Math.max(properties.semanticCandidates(),
                (long) (request.page() + 1) * request.pageSize()), 1000);
        return VectorMatches.find(searcher, embeddings.forQuery(words), candidates, filtered ? filter.build() : null,
                properties.minSimilarity(), preferred, (float) properties.preferredHubBoost(), dayMask,
                (float) properties.dayWordBoost());
    }

    private static int categoryMask(Set<Category> categories) {
        if (categories.isEmpty()) {
            return -1;
        }
        int mask = 0;
        for (Category category : categories) {
            mask |= 1 << category.ordinal();
        }
        return mask;
    }

    private double @Nullable [] hubDistances(@Nullable GeoPoint origin) {
        if (origin == null) {
            return null;
        }
        double[] distances = new double[generation.hubs.size()];
        for (int i = 0; i < distances.length; i++) {
            Hub hub = generation.snapshot.hubs().get(generation.hubs.id(i));
            distances[i] = hub == null ? Double.POSITIVE_INFINITY : hub.location().distanceKm(origin);
        }
        return distances;
    }

    private List<SearchHit> hits(int[] page, Matches matches, ResultRanking ranking, @Nullable Query snippetQuery,
            SearchRequest request, @Nullable GeoPoint origin) throws IOException {
        SnippetMaker snippets = new SnippetMaker(generation.indexAnalyzer, stemsOf(snippetQuery));
        List<SearchHit> hits = new ArrayList<>();
        for (int position : page) {
            DirectoryItem item = generation.items.get(matches.items[position]);
            double km = ranking.nearestKm(matches.hubMasks[position]);
            String hubId = nearestHub(item, origin, request.preferredHubId());
            Snippet snippet = snippets.best(item.summary(), item.description());
            hits.add(new SearchHit(item, matches.scores[position], snippet == null ? Snippet.plain(item.summary())
                    : snippet, hubId, origin == null || Double.isInfinite(km) ? null : Math.round(km * 10) / 10.0));
        }
        return hits;
    }

    private static Set<String> stemsOf(@Nullable Query query) {
        if (query == null) {
            return Set.of();
        }
        Set<Term> terms = new java.util.HashSet<>();
        query.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        Set<String> stems = new java.util.HashSet<>();
        for (Term term : terms) {
            stems.add(term.text());
        }
        return stems;
    }

    private String nearestHub(DirectoryItem item, @Nullable GeoPoint origin, @Nullable String preferredHubId) {
        if (origin != null) {
            String nearest = item.hubIds().get(0);
            double best = Double.POSITIVE_INFINITY;
            for (String hubId : item.hubIds()) {
                Hub hub = generation.snapshot.hubs().get(hubId);
                if (hub != null && hub.location().distanceKm(origin) < best) {
                    best = hub.location().distanceKm(origin);
                    nearest = hubId;
                }
            }
            return nearest;
        }
        return preferredHubId != null && item.hubIds().contains(preferredHubId) ? preferredHubId
                : item.hubIds().get(0);
    }

    private Map<Category, Integer> categoryCounts(int[] counts) {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            if (counts[category.ordinal()] > 0) {
                out.put(category, counts[category.ordinal()]);
            }
        }
        return out;
    }

    private Map<String, Integer> hubCounts(int[] counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out.put(generation.hubs.id(i), counts[i]);
            }
        }
        return out;
    }

    private SearchResults empty(SearchRequest request, @Nullable PlaceLookup place, ResidentWords words) {
        return new SearchResults(List.of(), 0, request.page(), request.pageSize(), Map.of(), Map.of(), place,
                words.fixes(), null, words.typed());
    }
}
