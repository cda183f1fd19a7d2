package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCommunityRepository implements CommunityRepository {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;

    protected JpaCommunityRepository() {
    }

    public JpaCommunityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<HostedCommunity> find(HomeCommunityId hcid) {
        return Optional.ofNullable(em.find(HostedCommunity.class, hcid.oid().value()));
    }

    @Override
    public List<HostedCommunity> all() {
        return em.createQuery("select c from HostedCommunity c order by c.name", HostedCommunity.class).getResultList();
    }

    @Override
    public void add(HostedCommunity community) {
        em.persist(community);
    }
}
