package uk.plymouth.wellbeing.signposting.search;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One shared embedding model for the whole application (loading it takes a second or more), or none when
 * {@code hub.search.semantic=false}. Vectors are cached under {@code hub.search.embedding-cache-dir}, by default
 * {@code search/} in the data directory, so a restart with unchanged content embeds nothing.
 */
@Configuration(proxyBeanMethods = false)
class SemanticConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SemanticConfiguration.class);

    @Bean
    SemanticEmbeddings semanticEmbeddings(SearchProperties properties,
            @Value("${hub.search.embedding-cache-dir:${HUB_DATA_DIR:./data}/search}") String cacheDirectory) {
        if (!properties.semantic()) {
            log.info("Semantic search is off (hub.search.semantic=false): BM25 only");
            return SemanticEmbeddings.off();
        }
        long started = System.nanoTime();
        TextEmbedder embedder = MiniLmEmbedder.load(properties.embeddingModel());
        log.info("Loaded embedding model {} in {} ms", embedder.modelId(), (System.nanoTime() - started) / 1_000_000);
        return SemanticEmbeddings.using(embedder, Path.of(cacheDirectory));
    }
}
