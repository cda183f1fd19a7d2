package dev.crossway.directory.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Claims of scheduled jobs in table {@code schedule_claim}: {@code INSERT IGNORE} of (job, day), so
 * of the nodes that try at the same time exactly one inserts the row, and the database says which.
 * (A clustered EJB timer store would do the same for persistent timers; the directory's timer is
 * a non-persistent calendar timer on every node, and this one row is all it needs.)
 */
public final class JpaScheduleClaims {

    private final EntityManager em;

    public JpaScheduleClaims(EntityManager em) {
        this.em = em;
    }

    /** True when this node got the job for that day; false when another claim came first. */
    public boolean claim(String job, LocalDate day, String node, Instant now) {
        return em.createNativeQuery("insert ignore into schedule_claim (job, day, node, claimed_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, job)
                .setParameter(2, day)
                .setParameter(3, node)
                .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** The node that holds the claim, if any. */
    public java.util.Optional<String> holder(String job, LocalDate day) {
        return em.createNativeQuery("select node from schedule_claim where job = ?1 and day = ?2")
                .setParameter(1, job).setParameter(2, day)
                .getResultList().stream().findFirst().map(Object::toString);
    }
}
