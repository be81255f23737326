package uk.plymouth.wellbeing.signposting.search;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The text analysis chains. Both sides lower-case, fold accents, straighten curly quotes and stem (Porter). The
 * index side drops stop words and residents' filler words; the query side adds residents' synonyms before
 * stemming, so "skint" also looks for money and debt.
 */
final class ResidentAnalyzers {

    /** Words that carry no need of their own in what residents type ("I need help please with..."). */
    static final List<String> FILLER_WORDS = List.of("help", "helps", "helping", "helped", "need", "needs",
            "needed", "needing", "want", "wants", "wanted", "please", "pls", "plz", "someone", "somebody",
            "something", "anyone", "anybody", "anything", "looking", "find", "where", "who", "what", "how", "can",
            "could", "would", "should", "get", "got", "getting", "i", "im", "i'm", "ive", "i've", "me", "my", "we",
            "us", "our", "you", "your", "am", "do", "does", "did", "have", "has", "had", "just", "really", "very",
            "some", "any", "near", "nearby", "around", "local", "here", "hi", "hello", "thanks", "thank", "ta",
            "cheers", "know", "tell", "about", "also", "still", "all", "from", "go", "going", "am", "im", "u", "ur",
            "plymouth", "hub", "hubs", "service", "services", "whats", "what's", "wots", "wot", "happening", "on",
            // text-speak for "for" and "to" ("need fud 4 the kids", "2 much booze"), never needs of their own
            "2", "4");


    static final CharArraySet STOP_WORDS = stopWords();

    /** Stop and filler words as the stemmer leaves them, to tell whether a search has any real words. */
    static final java.util.Set<String> STEMMED_STOP_WORDS = stemmedStopWords();

    private static final NormalizeCharMap QUOTES = quotes();

    private ResidentAnalyzers() {}

    /** Analysis for indexed text. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(QUOTES, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = fold(tokenizer);
                stream = new EnglishPossessiveFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Analysis for residents' searches: synonyms first, then the same stemming as the index. */
    static Analyzer query(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(QUOTES, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = fold(tokenizer);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new EnglishPossessiveFilter(stream);
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
            }
        };
    }

    /** Words as typed, only lower-cased and folded: for synonyms, spelling and suggestions. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(QUOTES, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, fold(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream fold(Tokenizer tokenizer) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
    }

    private static CharArraySet stopWords() {
        List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(FILLER_WORDS);
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }

    private static java.util.Set<String> stemmedStopWords() {
        Analyzer stemOnly = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(fold(tokenizer)));
            }
        };
        java.util.Set<String> stemmed = new java.util.HashSet<>();
        for (Object word : STOP_WORDS) {
            String text = new String((char[]) word);
            stemmed.add(text);
            stemmed.addAll(Tokens.of(stemOnly, text));
        }
        return java.util.Set.copyOf(stemmed);
    }

    private static NormalizeCharMap quotes() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u2019", "'");
        map.add("\u2018", "'");
        map.add("\u02BC", "'");
        map.add("`", "'");
        map.add("\u201C", "\"");
        map.add("\u201D", "\"");
        map.add("&", " and ");
        return map.build();
    }
}
