package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrustAnchorRepository implements TrustAnchorRepository {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;

    protected JpaTrustAnchorRepository() {
    }

    public JpaTrustAnchorRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<TrustAnchor> all() {
        return em.createQuery("select a from TrustAnchor a order by a.addedAt", TrustAnchor.class).getResultList();
    }

    @Override
    public Optional<TrustAnchor> find(String fingerprint) {
        return Optional.ofNullable(em.find(TrustAnchor.class, fingerprint));
    }

    @Override
    public void add(TrustAnchor anchor) {
        em.persist(anchor);
    }

    @Override
    public void remove(TrustAnchor anchor) {
        em.remove(anchor);
    }

    @Override
    public long revision() {
        return ((Number) em.createNativeQuery("select revision from trust_anchor_revision where id = 1")
                .getSingleResult()).longValue();
    }

    @Override
    public void bumpRevision() {
        em.flush();
        em.createNativeQuery("update trust_anchor_revision set revision = revision + 1 where id = 1").executeUpdate();
    }
}
