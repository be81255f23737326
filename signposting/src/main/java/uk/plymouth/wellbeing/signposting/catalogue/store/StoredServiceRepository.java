package uk.plymouth.wellbeing.signposting.catalogue.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredServiceRepository extends JpaRepository<StoredService, String> {}
