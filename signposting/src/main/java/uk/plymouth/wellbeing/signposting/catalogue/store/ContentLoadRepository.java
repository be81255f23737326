package uk.plymouth.wellbeing.signposting.catalogue.store;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentLoadRepository extends JpaRepository<ContentLoad, Long> {

    /** The latest load with this outcome ("LOADED" or "REFUSED"). */
    Optional<ContentLoad> findFirstByOutcomeOrderByIdDesc(String outcome);
}
