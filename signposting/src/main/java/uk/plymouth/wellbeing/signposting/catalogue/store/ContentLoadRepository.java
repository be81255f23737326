package uk.plymouth.wellbeing.signposting.catalogue.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentLoadRepository extends JpaRepository<ContentLoad, Long> {}
