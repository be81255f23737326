package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;
import uk.plymouth.wellbeing.signposting.testsupport.DirectoryTables;

/**
 * Figures for importing a 5,000-service Open Referral feed from a fake server on this machine (50 pages of 100, and
 * each service's details): the first run (all added), a second (nothing changed), a third (5% changed, 1% gone),
 * with time, the heap before and at its peak, requests made, and the machine's load. Prints; never fails on timing.
 * Run with {@code ./mvnw -o -q -pl signposting -am verify -Pbenchmark -Dtest='ImportBenchmark*'}.
 */
@Tag("benchmark")
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.imports.per-page=100"
        })
abstract class ImportBenchmark {

    static final int SERVICES = 5_000;
    static final StaffIdentity ADMIN = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());

    @Autowired
    ImportSources sources;

    @Autowired
    Catalogue catalogue;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveThousandServices() throws Exception {
        DirectoryTables.empty(jdbc);
        loader.reload();
        OrukFeed feed = new OrukFeed();
        String[] terms = {"advice", "food", "mental-health", "Stop smoking", "Walking groups", "Digital skills"};
        for (int n = 1; n <= SERVICES; n++) {
            ObjectNode service = OrukFeed.service("svc-" + n, "Benchmark service " + n, "PL" + (n % 9 + 1) + " 1AA");
            service.withArray("attributes").get(0).withObject("taxonomy_term").put("code", terms[n % terms.length]);
            feed.add(service);
        }
        try (FakeDirectoryServer server = FakeDirectoryServer.start()) {
            feed.serve(server, "/oruk", 100);
            ImportSource source = sources.add(ADMIN, new SourceSettings("Benchmark feed", SourceKind.ORUK,
                    server.url("/oruk"), "fixture-four-greens", Duration.ofHours(6), true, true));
            String first = measure("first run, all new", server, source);
            String second = measure("second run, unchanged", server, source);
            server.forgetAnswers();
            for (int n = 1; n <= SERVICES; n += 20) {
                feed.change("svc-" + n, s -> s.put("description", "Now also on Fridays. " + s.path("description")));
            }
            for (int n = 7; n <= SERVICES; n += 100) {
                feed.remove("svc-" + n);
            }
            feed.serve(server, "/oruk", 100);
            String third = measure("third run, 5% changed, 1% gone", server, source);
            System.out.println(String.join("\n", "Import benchmark (" + database() + ", " + SERVICES
                    + " services, pages of 100):", first, second, third));
        }
    }

    abstract String database();

    private String measure(String what, FakeDirectoryServer server, ImportSource source) throws Exception {
        System.gc();
        long before = heapUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int asked = server.requested().size();
        sampler.start();
        long started = System.nanoTime();
        RunReport report = sources.runNow(ADMIN, source.id());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        sampler.interrupt();
        sampler.join();
        return String.format(Locale.UK, "  %-32s %7d ms, %s, %d requests, heap %d MB before, %d MB peak, "
                + "load %s (%d live services)", what, millis, report.counts().inWords(),
                server.requested().size() - asked, before >> 20, peak.get() >> 20, load(), catalogue.services().size());
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}

/** {@link ImportBenchmark} on H2 in PostgreSQL mode, in memory. */
@org.springframework.test.context.TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:import-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
final class ImportBenchmarkTest extends ImportBenchmark {

    @Override
    String database() {
        return "H2";
    }
}

/** {@link ImportBenchmark} on a real PostgreSQL server. */
final class ImportBenchmarkPostgresTest extends ImportBenchmark {

    @org.springframework.test.context.DynamicPropertySource
    static void postgres(org.springframework.test.context.DynamicPropertyRegistry registry) {
        uk.plymouth.wellbeing.signposting.testsupport.LocalPostgres.registerDataSource(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
