package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the imports from other directories run.
 *
 * @param checkEvery how often each instance looks for sources that are due (they run once across instances)
 * @param connectTimeout how long to wait for a source's server to accept the connection
 * @param requestTimeout how long to wait for one answer (one page, or one service's details)
 * @param perPage how many services to ask an Open Referral API for per page
 * @param parallelRequests how many services' details to ask for at once
 * @param maxPages a feed longer than this is read no further (the run counts as incomplete)
 * @param maxAnswerSize a bigger answer is refused as a fault rather than read into memory
 * @param staleAfter a run claimed longer ago than this is taken to have died with its instance and may run again
 * @param shortestEvery the shortest interval an admin may set between runs of a source
 */
@ConfigurationProperties("hub.imports")
public record ImportProperties(
        @DefaultValue("60s") Duration checkEvery,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration requestTimeout,
        @DefaultValue("100") int perPage,
        @DefaultValue("4") int parallelRequests,
        @DefaultValue("2000") int maxPages,
        @DefaultValue("20MB") DataSize maxAnswerSize,
        @DefaultValue("30m") Duration staleAfter,
        @DefaultValue("15m") Duration shortestEvery) {}
