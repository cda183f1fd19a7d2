package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.IdempotentReplies;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link IdempotentReplies} in the {@code idempotent_reply} table (one row per caller and key). */
@Stateless
public class DefaultIdempotentReplies implements IdempotentReplies {

    @PersistenceContext(unitName = "responder")
    EntityManager em;

    @Override
    public Optional<Reply> find(String caller, String key) {
        List<?> rows = em.createNativeQuery("select request_hash, status, headers_json, body from idempotent_reply"
                        + " where caller = ? and idem_key = ? and created_at > ?")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, Timestamp.from(Instant.now().minus(RETENTION)))
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Reply(row[0].toString(), ((Number) row[1]).intValue(), row[2] == null ? null : row[2].toString(),
                    row[3].toString());
        });
    }

    @Override
    public void keep(String caller, String key, Reply reply) {
        Timestamp expired = Timestamp.from(Instant.now().minus(RETENTION));
        em.createNativeQuery("delete from idempotent_reply where created_at <= ?").setParameter(1, expired).executeUpdate();
        em.createNativeQuery("insert ignore into idempotent_reply (caller, idem_key, request_hash, status, headers_json, body,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, reply.requestHash()).setParameter(4, reply.status())
                .setParameter(5, reply.outcome()).setParameter(6, reply.body()).setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
