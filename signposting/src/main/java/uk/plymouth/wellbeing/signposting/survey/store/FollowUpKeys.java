package uk.plymouth.wellbeing.signposting.survey.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * The pseudonymous key that links one resident's survey responses: HMAC-SHA256 of their number (E.164) with a server
 * secret, as 64 hex digits. The same number always gives the same key; without the secret the key cannot be turned
 * back into the number (UK mobile numbers are few enough to try them all against a plain hash).
 *
 * <p>The secret is {@code hub.surveys.follow-up-secret}. The {@code postgres} profile (production) refuses to start
 * without it. Elsewhere (the H2 quickstart) a random one is made on first use and kept in the database table
 * {@code survey_secret}, so keys survive restarts; that is only as safe as the database file, which is why
 * production must set its own. The secret is never logged.
 */
@Component
public class FollowUpKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FollowUpKeys.class);
    private static final String ALGORITHM = "HmacSHA256";
    static final String PRODUCTION_PROFILE = "postgres";

    private final SurveyStoreProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Environment environment;
    private final TransactionTemplate ownTransaction;
    private volatile @Nullable SecretKeySpec key;

    FollowUpKeys(SurveyStoreProperties properties, JdbcTemplate jdbc, Clock clock, Environment environment,
            PlatformTransactionManager transactions) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * At start-up, once every bean is ready (as the staff's first-admin check, which runs first): refuses to start in
     * production without a secret.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (properties.followUpSecret() == null && environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            throw new IllegalStateException("hub.surveys.follow-up-secret is not set: in production (the postgres "
                    + "profile) set HUB_SURVEYS_FOLLOW_UP_SECRET to at least " + SurveyStoreProperties.MIN_SECRET_LENGTH
                    + " random characters (openssl rand -base64 48) and keep it: a new secret unlinks earlier "
                    + "responses from later ones");
        }
    }

    /** The key for a number. */
    public String keyFor(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(phone.e164().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = properties.followUpSecret();
            if (secret == null) {
                secret = storedSecret();
            }
            known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = known;
        }
        return known;
    }

    /**
     * The generated secret in the database, made on first use in a transaction of its own (so a clash with another
     * instance never spoils the caller's); the first of two racing instances wins.
     */
    private synchronized String storedSecret() {
        try {
            return Objects.requireNonNull(ownTransaction.execute(status -> readOrMakeSecret()));
        } catch (DataIntegrityViolationException otherInstanceFirst) {
            log.debug("Another instance stored the follow-up secret first");
            return Objects.requireNonNull(ownTransaction.execute(status -> jdbc.queryForObject(
                    "select secret from survey_secret where id = 1", String.class)));
        }
    }

    private String readOrMakeSecret() {
        List<String> found = jdbc.queryForList("select secret from survey_secret where id = 1", String.class);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String made = Base64.getEncoder().encodeToString(random);
        jdbc.update("insert into survey_secret (id, secret, created_at) values (1, ?, ?)", made,
                Timestamp.from(clock.instant()));
        log.warn("hub.surveys.follow-up-secret is not set: generated one and kept it in the database (table "
                + "survey_secret). Fine for trying the app; production must set its own");
        return made;
    }
}
