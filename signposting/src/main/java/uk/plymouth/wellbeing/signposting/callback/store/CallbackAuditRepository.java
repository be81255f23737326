package uk.plymouth.wellbeing.signposting.callback.store;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackAuditRepository extends JpaRepository<CallbackAuditEntry, Long> {

    List<CallbackAuditEntry> findByRequestIdOrderByHappenedAtAscIdAsc(UUID requestId);
}
