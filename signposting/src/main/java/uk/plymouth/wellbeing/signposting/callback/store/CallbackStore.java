package uk.plymouth.wellbeing.signposting.callback.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.AuditAction;
import uk.plymouth.wellbeing.signposting.callback.AuditRecord;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;
import uk.plymouth.wellbeing.signposting.callback.OverdueCallbacks;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;

/**
 * Callback requests in the database, for the callback feature's facades: finding and adding requests, the queue
 * query, the audit trail and the few column updates made outside the request's transitions. Changes made through a
 * loaded {@link CallbackRequest} are saved when the caller's transaction commits, or at {@link #flush()}.
 */
@Component
@Transactional
public class CallbackStore {

    private static final Set<CallbackStatus> CLOSED = EnumSet.of(CallbackStatus.DONE,
            CallbackStatus.UNABLE_TO_CONTACT);
    private static final Set<CallbackStatus> OPEN = EnumSet.of(CallbackStatus.NEW, CallbackStatus.CLAIMED);

    /** What {@link #queueEntry} reads, in that order. */
    private static final String QUEUE_COLUMNS = "r.id, r.reference, r.hubId, r.status, r.urgent, r.dueAt,"
            + " r.createdAt, r.channel, r.resident.firstName, r.resident.aboutCategory, r.resident.bestTime,"
            + " r.claimedBy, r.failedAttempts, r.personalDataErasedAt, r.crisisKind";

    /**
     * The queue's order: requests made urgent by crisis words (and still urgent) first, then other urgent ones, then
     * the rest; oldest first within each.
     */
    private static final String QUEUE_ORDER = " order by r.urgent desc,"
            + " case when r.urgent = true and r.crisisKind is not null then 0 else 1 end, r.createdAt asc, r.id asc";

    private final CallbackRequestRepository requests;
    private final CallbackAuditRepository audit;
    private final EntityManager entityManager;

    CallbackStore(CallbackRequestRepository requests, CallbackAuditRepository audit, EntityManager entityManager) {
        this.requests = requests;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    public Optional<CallbackRequest> find(UUID id) {
        return requests.findById(id);
    }

    public Optional<CallbackRequest> findByReference(String reference) {
        return requests.findByReference(reference);
    }

    public boolean isReferenceTaken(String reference) {
        return requests.existsByReference(reference);
    }

    /** Saves a new request at once, so a clash (a reference taken a moment ago) shows here. */
    public void add(CallbackRequest request) {
        requests.saveAndFlush(request);
    }

    /**
     * Writes pending changes now rather than at commit, so a concurrent change (an
     * {@link org.springframework.orm.ObjectOptimisticLockingFailureException}) surfaces inside the caller.
     */
    public void flush() {
        requests.flush();
    }

    public void audit(UUID requestId, String actor, AuditAction action, @Nullable String detail, Instant at) {
        audit.save(new CallbackAuditEntry(requestId, actor, at, action, detail));
    }

    /** A request's audit trail, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> auditTrail(UUID requestId) {
        return audit.findByRequestIdOrderByHappenedAtAscIdAsc(requestId).stream().map(CallbackAuditEntry::toRecord)
                .toList();
    }

    /** How many open requests were due before {@code now}, and how many of those are urgent: one count query. */
    @Transactional(readOnly = true)
    public OverdueCallbacks overdue(Instant now) {
        Object[] counts = entityManager.createQuery("select count(r), coalesce(sum(case when r.urgent = true then 1"
                + " else 0 end), 0) from CallbackRequest r where r.status in :open and r.dueAt < :now", Object[].class)
                .setParameter("open", OPEN).setParameter("now", now).getSingleResult();
        return new OverdueCallbacks(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /**
     * The queue in {@link #QUEUE_ORDER}.
     *
     * @param hubIds only these hubs; null for every hub
     * @param statuses only these; empty for all
     * @param category only requests about this category id; null for all
     * @param overdueAt only open requests due before this moment; null for all
     */
    @Transactional(readOnly = true)
    public List<CallbackRequest> queue(@Nullable Collection<String> hubIds, Set<CallbackStatus> statuses,
            @Nullable String category, @Nullable Instant overdueAt, int limit) {
        return queueQuery("r", CallbackRequest.class, hubIds, statuses, category, overdueAt, limit).getResultList();
    }

    /**
     * The same queue as {@link #queue} (kept as the reference the tests check this against), as its lines: only the columns a {@link QueueEntry} shows are read, and no
     * request entity is loaded (a page of 200 lines would otherwise load and track 200 entities).
     *
     * @param now for {@link QueueEntry#overdue()}, and the overdue filter when {@code overdueOnly}
     */
    @Transactional(readOnly = true)
    public List<QueueEntry> queueEntries(@Nullable Collection<String> hubIds, Set<CallbackStatus> statuses,
            @Nullable String category, boolean overdueOnly, Instant now, int limit) {
        return queueQuery(QUEUE_COLUMNS, Object[].class, hubIds, statuses, category, overdueOnly ? now : null, limit)
                .getResultList().stream().map(row -> queueEntry(row, now)).toList();
    }

    private static QueueEntry queueEntry(Object[] row, Instant now) {
        CallbackStatus status = (CallbackStatus) row[3];
        Instant dueAt = (Instant) row[5];
        String category = (String) row[9];
        String crisisKind = (String) row[14];
        return new QueueEntry((UUID) row[0], (String) row[1], (String) row[2], status, (Boolean) row[4],
                crisisKind == null ? null : CrisisKind.fromId(crisisKind).orElse(null),
                status.isOpen() && now.isAfter(dueAt), dueAt, (Instant) row[6], (Channel) row[7], (String) row[8],
                category == null ? null : Category.fromId(category).orElse(null), (BestTime) row[10],
                (String) row[11], (Integer) row[12], row[13] != null, false);
    }

    private <T> TypedQuery<T> queueQuery(String select, Class<T> type, @Nullable Collection<String> hubIds,
            Set<CallbackStatus> statuses, @Nullable String category, @Nullable Instant overdueAt, int limit) {
        List<String> where = new ArrayList<>();
        if (hubIds != null) {
            where.add("r.hubId in :hubIds");
        }
        if (!statuses.isEmpty()) {
            where.add("r.status in :statuses");
        }
        if (category != null) {
            where.add("r.resident.aboutCategory = :category");
        }
        if (overdueAt != null) {
            where.add("r.status in :open and r.dueAt < :overdueAt");
        }
        String jpql = "select " + select + " from CallbackRequest r"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + QUEUE_ORDER;
        TypedQuery<T> query = entityManager.createQuery(jpql, type);
        if (hubIds != null) {
            query.setParameter("hubIds", hubIds);
        }
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        if (overdueAt != null) {
            query.setParameter("open", OPEN);
            query.setParameter("overdueAt", overdueAt);
        }
        return query.setMaxResults(limit);
    }

    /** Ids of closed requests, closed before {@code closedBefore}, whose personal data is still there. */
    @Transactional(readOnly = true)
    public List<UUID> erasable(Instant closedBefore, int limit) {
        return requests.findErasable(CLOSED, closedBefore, Limit.of(limit));
    }

    public void recordConfirmation(UUID id, ConfirmationStatus status) {
        requests.setConfirmationStatus(id, status);
    }

    /** The open requests from that number (the one it came from, not a number to ring), newest first. */
    @Transactional(readOnly = true)
    public List<CallbackRequest> openFrom(String e164) {
        return requests.findOpenFrom(e164, EnumSet.of(CallbackStatus.NEW, CallbackStatus.CLAIMED));
    }

    /** Marks every request from that number as not to be texted; the ids of those that were not marked yet. */
    public List<UUID> optOut(String e164) {
        List<UUID> ids = requests.findTextableFrom(e164);
        if (!ids.isEmpty()) {
            requests.setOptedOut(ids);
        }
        return ids;
    }
}
