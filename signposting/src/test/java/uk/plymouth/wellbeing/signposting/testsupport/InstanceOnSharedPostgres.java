package uk.plymouth.wellbeing.signposting.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app instance (the signposting context, no web) on the shared test PostgreSQL ({@link LocalPostgres}): start two
 * to test what must hold across instances, as in production.
 */
public final class InstanceOnSharedPostgres {

    private InstanceOnSharedPostgres() {
    }

    /**
     * @param content the content folder, e.g. {@code classpath:fixtures/content/}
     * @param more further configuration classes and {@code key=value} properties
     */
    public static ConfigurableApplicationContext start(String content, List<Class<?>> more, String... properties) {
        List<Class<?>> sources = new ArrayList<>(List.of(SignpostingTestApplication.class));
        sources.addAll(more);
        List<String> settings = new ArrayList<>(List.of(
                "spring.datasource.url=" + LocalPostgres.jdbcUrl(),
                "spring.datasource.username=" + LocalPostgres.username(),
                "spring.datasource.password=" + LocalPostgres.password(),
                "spring.datasource.driver-class-name=org.postgresql.Driver",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "hub.catalogue.location=" + content,
                "hub.catalogue.check-for-changes-every=0s"));
        settings.addAll(List.of(properties));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE)
                .properties(settings.toArray(String[]::new)).run();
    }
}
