package uk.plymouth.wellbeing.signposting.callback.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardSql.Key;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * The callback dashboard for hub leads and admins: per hub and ISO week (Monday to Sunday, Plymouth time) how many
 * requests were made, how soon staff first rang, how many within target, how they ended, what they were about and
 * how they came in (see {@link CallbackFigures} for what each figure means). Requests whose personal details were
 * erased count like any other: the columns counted are never erased.
 *
 * <p>Who sees what: admins every hub; {@link StaffRole#HUB_LEAD hub leads} only their own hubs
 * ({@link StaffIdentity#canSeeDashboardOf(String)}); asking for a hub one may not see gives figures with no hubs
 * (never an error, and never a hint whether that hub has requests). Other staff may not use the dashboard at all:
 * every method that takes a viewer throws {@link DashboardNotPermittedException} for them.
 *
 * <p>The screen and the CSV export ({@link #writeCsv(DashboardFigures, Writer)}) show the same
 * {@link DashboardFigures}, so their numbers always agree.
 */
@Service
@Transactional(readOnly = true)
public class CallbackDashboard {

    private static final Logger log = LoggerFactory.getLogger(CallbackDashboard.class);

    private final DashboardSql sql;
    private final Catalogue catalogue;
    private final Clock clock;

    CallbackDashboard(DashboardSql sql, Catalogue catalogue, Clock clock) {
        this.sql = sql;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The last {@value DashboardQuery#DEFAULT_WEEKS} weeks (this one included), every hub the viewer may see. */
    public DashboardQuery defaultQuery() {
        return DashboardQuery.lastWeeks(today());
    }

    /** The hubs the viewer may pick, by name: every hub in the directory for admins, their own for hub leads. */
    public List<DashboardHub> hubsFor(StaffIdentity viewer) {
        requireDashboardRole(viewer);
        Collection<String> ids = viewer.isAdmin() ? catalogue.hubs().stream().map(Hub::id).toList()
                : viewer.hubIds();
        return ids.stream().map(this::hub).sorted(Comparator.comparing(DashboardHub::name)).toList();
    }

    /**
     * The figures for the query, as far as the viewer may see them.
     *
     * @throws DashboardNotPermittedException when the viewer is neither a hub lead nor an admin
     */
    public DashboardFigures forPeriod(StaffIdentity viewer, DashboardQuery query) {
        requireDashboardRole(viewer);
        long started = System.nanoTime();
        Instant now = clock.instant();
        @Nullable List<String> hubIds = hubsToShow(viewer, query.hubId());
        if (hubIds != null && hubIds.isEmpty()) {
            return new DashboardFigures(query, List.of(), List.of(), CallbackFigures.none(), now);
        }
        List<LocalDate> weeks = query.weekStarts();
        DashboardSql.Found result = sql.figures(hubIds, weeks, Timetable.PLYMOUTH, now);
        Map<Key, CallbackFigures> found = result.figures();
        List<DashboardHub> hubs = hubIds != null ? hubIds.stream().map(this::hub).toList() : everyHub(found);
        List<HubWeek> rows = new ArrayList<>();
        CallbackFigures total = CallbackFigures.none();
        for (DashboardHub hub : hubs) {
            for (LocalDate monday : weeks) {
                CallbackFigures figures = found.getOrDefault(new Key(hub.id(), monday), CallbackFigures.none());
                rows.add(new HubWeek(hub, monday, figures));
                total = total.plus(figures, null, null);
            }
        }
        total = total.plus(CallbackFigures.none(), result.medianHours(), result.crisisMedianHours());
        log.debug("Dashboard for {}: {} hubs, {} weeks, {} requests in {} ms", viewer.username(), hubs.size(),
                weeks.size(), total.requests(), (System.nanoTime() - started) / 1_000_000);
        return new DashboardFigures(query, hubs, rows, total, now);
    }

    /** The figures as CSV (RFC 4180, UTF-8 text, CRLF line ends): a header, then one row per hub and week. */
    public void writeCsv(DashboardFigures figures, Writer out) throws IOException {
        DashboardCsv.write(figures, out);
    }

    /** {@link #writeCsv} as a string. */
    public String csv(DashboardFigures figures) {
        StringWriter out = new StringWriter();
        try {
            DashboardCsv.write(figures, out);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }

    /** "callbacks-four-greens-2026-10-05-2026-11-29.csv", or "callbacks-all-hubs-...". */
    public String csvFileName(DashboardFigures figures) {
        String hub = figures.query().hubId() == null ? "all-hubs"
                : figures.query().hubId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "callbacks-" + hub + "-" + figures.query().from() + "-" + figures.query().to() + ".csv";
    }

    private static void requireDashboardRole(StaffIdentity viewer) {
        if (!viewer.isAdmin() && viewer.role() != StaffRole.HUB_LEAD) {
            throw new DashboardNotPermittedException(viewer.username());
        }
    }

    /** The hub ids to show, sorted by name; null for every hub (admins without a choice). */
    private @Nullable List<String> hubsToShow(StaffIdentity viewer, @Nullable String hubId) {
        if (hubId != null) {
            return viewer.canSeeDashboardOf(hubId) ? List.of(hubId) : List.of();
        }
        if (viewer.isAdmin()) {
            return null;
        }
        return viewer.hubIds().stream().filter(viewer::canSeeDashboardOf).map(this::hub)
                .sorted(Comparator.comparing(DashboardHub::name)).map(DashboardHub::id).toList();
    }

    /** Every hub in the directory, and any other hub that had requests (one since removed), by name. */
    private List<DashboardHub> everyHub(Map<Key, CallbackFigures> found) {
        Map<String, DashboardHub> hubs = new LinkedHashMap<>();
        catalogue.hubs().forEach(hub -> hubs.put(hub.id(), new DashboardHub(hub.id(), hub.name())));
        found.keySet().forEach(key -> hubs.computeIfAbsent(key.hubId(), this::hub));
        return hubs.values().stream().sorted(Comparator.comparing(DashboardHub::name)).toList();
    }

    private DashboardHub hub(String id) {
        return new DashboardHub(id, catalogue.hub(id).map(Hub::name).orElse(id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Timetable.PLYMOUTH);
    }
}
