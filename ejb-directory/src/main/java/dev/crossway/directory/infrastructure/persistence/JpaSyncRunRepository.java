package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.domain.SyncRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Sync runs. */
@ApplicationScoped
public class JpaSyncRunRepository implements SyncRunRepository {

    @PersistenceContext(unitName = "directory")
    private EntityManager em;

    protected JpaSyncRunRepository() {
    }

    public JpaSyncRunRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SyncRun> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SyncRun.class, id));
    }

    @Override
    public void add(SyncRun run) {
        em.persist(run);
    }

    @Override
    public List<SyncRun> recent(int max) {
        return em.createQuery("select r from SyncRun r order by r.started desc", SyncRun.class)
                .setMaxResults(Math.max(1, max)).getResultList();
    }
}
