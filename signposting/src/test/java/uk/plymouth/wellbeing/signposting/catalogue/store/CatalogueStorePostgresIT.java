package uk.plymouth.wellbeing.signposting.catalogue.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres;

/**
 * {@link CatalogueStoreCases} on a real PostgreSQL server ({@link LocalPostgres}): the same migrations, the same
 * entities validated against them, the same promises.
 */
class CatalogueStorePostgresIT extends CatalogueStoreCases {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.registerDataSource(registry);
    }

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnPostgresqlWithTheMigrationsTypes() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        assertThat(product).isEqualTo("PostgreSQL");
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .isEqualTo(LocalPostgres.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1"));
        // the types Flyway made are PostgreSQL's own, not whatever Hibernate would have generated
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name in ('hub', 'directory_service', 'content_text')
                  and column_name in ('details', 'body', 'archived_at')""");
        assertThat(columns).extracting(c -> c.get("table_name") + "." + c.get("column_name") + " "
                + c.get("data_type") + (c.get("character_maximum_length") == null ? ""
                        : "(" + c.get("character_maximum_length") + ")"))
                .containsExactlyInAnyOrder(
                        "hub.details character varying(100000)",
                        "hub.archived_at timestamp with time zone",
                        "directory_service.details character varying(100000)",
                        "directory_service.archived_at timestamp with time zone",
                        "content_text.body character varying(1000000)");
    }
}
