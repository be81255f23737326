package uk.plymouth.wellbeing.signposting.callback.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;

interface CallbackRequestRepository extends JpaRepository<CallbackRequest, UUID> {

    Optional<CallbackRequest> findByReference(String reference);

    boolean existsByReference(String reference);

    @Query("""
            select r.id from CallbackRequest r
            where r.status in :closed and r.closedAt < :closedBefore and r.personalDataErasedAt is null
            order by r.closedAt""")
    List<UUID> findErasable(Collection<CallbackStatus> closed, Instant closedBefore, Limit limit);

    @Query("select r.id from CallbackRequest r where r.resident.phone = :e164 and r.optedOut = false")
    List<UUID> findTextableFrom(String e164);

    @Query("""
            select r from CallbackRequest r
            where r.resident.phone = :e164 and r.status in :open and r.personalDataErasedAt is null
            order by r.createdAt desc""")
    List<CallbackRequest> findOpenFrom(String e164, Collection<CallbackStatus> open);

    /** A column only the confirmation sender writes: no version bump, so it never gets in staff's way. */
    @Modifying
    @Query("update CallbackRequest r set r.confirmationStatus = :status where r.id = :id")
    int setConfirmationStatus(UUID id, ConfirmationStatus status);

    @Modifying
    @Query("update CallbackRequest r set r.optedOut = true where r.id in :ids")
    int setOptedOut(Collection<UUID> ids);
}
