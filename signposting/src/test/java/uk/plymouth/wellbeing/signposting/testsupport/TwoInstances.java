package uk.plymouth.wellbeing.signposting.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;

/**
 * Two app instances, A and B, on the shared test PostgreSQL ({@link InstanceOnSharedPostgres}), on the fixture
 * content: A starts first on an emptied directory and loads the fixtures; closing empties the directory again, as
 * every test class on the shared database must leave it.
 */
public final class TwoInstances implements AutoCloseable {

    private static final String CONTENT = "classpath:fixtures/content/";

    public final ConfigurableApplicationContext a;
    public final ConfigurableApplicationContext b;

    private TwoInstances(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.a = a;
        this.b = b;
    }

    /** Starts both, each with {@code more} configuration classes besides the signposting context. */
    public static TwoInstances start(List<Class<?>> more) {
        ConfigurableApplicationContext a = InstanceOnSharedPostgres.start(CONTENT, more);
        DirectoryTables.empty(a.getBean(JdbcTemplate.class));
        a.getBean(DirectoryLoader.class).reload();
        return new TwoInstances(a, InstanceOnSharedPostgres.start(CONTENT, more));
    }

    /** The shared database, through A. */
    public JdbcTemplate jdbc() {
        return a.getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        DirectoryTables.empty(jdbc());
        b.close();
        a.close();
    }
}
