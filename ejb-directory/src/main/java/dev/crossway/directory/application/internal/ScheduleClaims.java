package dev.crossway.directory.application.internal;

import dev.crossway.directory.infrastructure.persistence.JpaScheduleClaims;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;

/** Which node of a cluster runs a scheduled job today: each claim commits on its own. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleClaims {

    @PersistenceContext(unitName = "directory")
    EntityManager em;

    public boolean claim(String job, LocalDate day, String node, Instant now) {
        return new JpaScheduleClaims(em).claim(job, day, node, now);
    }

    public String holder(String job, LocalDate day) {
        return new JpaScheduleClaims(em).holder(job, day).orElse("?");
    }
}
