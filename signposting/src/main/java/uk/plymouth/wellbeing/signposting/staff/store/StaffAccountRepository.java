package uk.plymouth.wellbeing.signposting.staff.store;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    @EntityGraph(attributePaths = "hubIds")
    Optional<StaffAccount> findByUsername(String username);

    /** The row locked until the transaction ends, so concurrent logins and changes queue up instead of clashing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StaffAccount a where a.username = :username")
    Optional<StaffAccount> findForUpdate(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = "hubIds")
    @Query("select a from StaffAccount a order by a.username")
    List<StaffAccount> findAllWithHubs();

    long countByRoleAndEnabledTrue(StaffRole role);
}
