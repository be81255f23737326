package uk.plymouth.wellbeing.signposting.catalogue.store;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTextRepository extends JpaRepository<StoredText, String> {}
