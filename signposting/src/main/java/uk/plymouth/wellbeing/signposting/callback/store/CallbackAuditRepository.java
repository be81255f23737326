package uk.plymouth.wellbeing.signposting.callback.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackAuditRepository extends JpaRepository<CallbackAuditEntry, Long> {}
