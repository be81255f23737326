package uk.plymouth.wellbeing.signposting.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * Residents say a listing is wrong; staff at its hub check it. Every channel reports through here (kiosk, text), and
 * the staff screens list and resolve through here.
 *
 * <p>A report keeps the item, the hub, what is wrong, a note (phone numbers and email addresses taken out, at most
 * {@value ReportNote#MAX_LENGTH} characters), the channel and when: never who. Past a rate limit
 * ({@link ProblemProperties}) a report is accepted as any other but not kept, and counted for staff to see.
 *
 * <p>Staff see only their hubs' reports (admins see all); another hub's report is "not found", as for callbacks. Each
 * look at a report and each resolution is written to its audit trail.
 */
@Service
@Transactional
public class ProblemReports {

    /** The longest note kept; longer ones are cut. */
    public static final int MAX_NOTE = ReportNote.MAX_LENGTH;
    /** The most open reports one list shows. */
    public static final int MAX_LISTED = 500;

    private static final Logger log = LoggerFactory.getLogger(ProblemReports.class);

    private final ProblemReportStore store;
    private final Catalogue catalogue;
    private final ProblemProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReporterLimits limits = new ReporterLimits();

    ProblemReports(ProblemReportStore store, Catalogue catalogue, ProblemProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reports that something is wrong with a listing, for the staff of one of its hubs to check.
     *
     * @param note the resident's own words, or null; tidied as above
     * @param hubId the hub the item was shown for: one of the item's hubs
     * @return whether it was kept; the resident is thanked either way
     * @throws IllegalArgumentException for an item not in the directory, or a hub that is not one of its hubs
     */
    public ReportReceipt report(String itemId, ProblemKind kind, @Nullable String note, Reporter from, String hubId) {
        DirectoryItem item = catalogue.item(itemId).orElseThrow(() -> new IllegalArgumentException(
                "item: there is no service or activity with id " + itemId));
        if (!item.hubIds().contains(hubId)) {
            throw new IllegalArgumentException("hub: " + itemId + " is not at hub " + hubId);
        }
        @Nullable String tidy = ReportNote.tidy(note);
        Instant now = clock.instant();
        if (!limits.allow(from, now, properties.perReporter(), properties.window())) {
            return refused(itemId, hubId, from, "from this reporter");
        }
        if (store.countAbout(itemId, now.minus(properties.window())) >= properties.perItem()) {
            return refused(itemId, hubId, from, "about this item");
        }
        UUID id = UUID.randomUUID();
        store.add(id, itemId, hubId, kind, tidy, from.channel(), now);
        store.audit(id, "resident", ProblemAuditAction.REPORTED, "via " + from.channel() + ": " + kind.inWords(), now);
        events.publishEvent(new ProblemReportChanged(id, hubId, null));
        log.info("Problem report {} about {} at hub {} via {}: {}", id, itemId, hubId, from.channel(), kind);
        return ReportReceipt.kept(id, hubId);
    }

    /** The open reports of the staff member's hubs, newest first; each one shown is audited as viewed. */
    public List<ReportedProblem> open(StaffMember staff) {
        @Nullable Collection<String> hubIds = hubsOf(staff);
        if (hubIds != null && hubIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<ReportedProblem> open = store.open(hubIds, MAX_LISTED);
        open.forEach(report -> store.audit(report.id(), staff.username(), ProblemAuditAction.VIEWED, null, now));
        return open.stream().map(this::titled).toList();
    }

    /**
     * Marks an open report as dealt with, by this member of staff now.
     *
     * @throws ProblemNotFoundException when there is no such report at the staff member's hubs
     * @throws AlreadyResolvedException when someone dealt with it first
     */
    public ReportedProblem resolve(UUID id, Resolution resolution, StaffMember staff) {
        ReportedProblem report = visible(id, staff);
        if (report.resolution() != null) {
            throw alreadyResolved(report);
        }
        Instant now = clock.instant();
        if (!store.resolve(id, resolution, staff.username(), now)) {
            throw alreadyResolved(visible(id, staff));
        }
        ProblemAuditAction action = resolution == Resolution.FIXED ? ProblemAuditAction.FIXED
                : ProblemAuditAction.DISMISSED;
        store.audit(id, staff.username(), action, null, now);
        events.publishEvent(new ProblemReportChanged(id, report.hubId(), resolution));
        log.info("Problem report {} at hub {} {} by {}", id, report.hubId(), resolution, staff.username());
        return titled(visible(id, staff));
    }

    /** Who looked at or dealt with the report and how, oldest first; empty when it is not of the staff's hubs. */
    @Transactional(readOnly = true)
    public List<ProblemAuditRecord> auditTrail(UUID id, StaffMember staff) {
        return store.find(id).filter(report -> staff.worksFor(report.hubId()))
                .map(report -> store.auditTrail(id)).orElse(List.of());
    }

    /** Open reports per hub of the staff member's, for hubs that have any. Counts only: not audited. */
    @Transactional(readOnly = true)
    public Map<String, Integer> openCounts(StaffMember staff) {
        @Nullable Collection<String> hubIds = hubsOf(staff);
        return hubIds != null && hubIds.isEmpty() ? Map.of() : store.openCounts(hubIds);
    }

    /** Reports refused by the rate limits at the staff member's hubs today (Plymouth time). */
    @Transactional(readOnly = true)
    public int refusedToday(StaffMember staff) {
        @Nullable Collection<String> hubIds = hubsOf(staff);
        return hubIds != null && hubIds.isEmpty() ? 0 : store.refusedSince(hubIds, LocalDate.now(clock));
    }

    private ReportReceipt refused(String itemId, String hubId, Reporter from, String why) {
        store.countRefused(hubId, LocalDate.now(clock));
        log.info("Problem report about {} at hub {} via {} not kept: too many {}", itemId, hubId, from.channel(), why);
        return ReportReceipt.refused(hubId);
    }

    private ReportedProblem visible(UUID id, StaffMember staff) {
        return store.find(id).filter(report -> staff.worksFor(report.hubId()))
                .orElseThrow(ProblemNotFoundException::new);
    }

    private ReportedProblem titled(ReportedProblem report) {
        return report.titled(catalogue.item(report.itemId()).map(DirectoryItem::title).orElse(null));
    }

    private static AlreadyResolvedException alreadyResolved(ReportedProblem report) {
        return new AlreadyResolvedException(report.resolvedBy() == null ? "someone" : report.resolvedBy(),
                report.resolution() == null ? Resolution.FIXED : report.resolution());
    }

    private static @Nullable Collection<String> hubsOf(StaffMember staff) {
        return staff.admin() ? null : staff.hubIds();
    }
}
