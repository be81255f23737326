package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Residents' words from {@code synonyms.txt}, ready for the query analyzer and the spelling vocabulary. */
record ResidentSynonyms(SynonymMap map, Set<String> words) {

    static ResidentSynonyms parse(String text) {
        try (Analyzer plain = ResidentAnalyzers.plain()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new StringReader(text));
            return new ResidentSynonyms(parser.build(), wordsIn(text, plain));
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonyms.txt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResidentSynonyms none() {
        return parse("");
    }

    private static Set<String> wordsIn(String text, Analyzer plain) {
        Set<String> words = new HashSet<>();
        for (String line : text.split("\r?\n")) {
            if (!line.strip().startsWith("#")) {
                words.addAll(Tokens.of(plain, line.replace("=>", ",")));
            }
        }
        return words;
    }
}
