package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.interop.id.Oid;
import dev.crossway.directory.domain.OrganizationRefs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organizations in MariaDB/MySQL; the search is native SQL (see {@link OrganizationSearchSql});
 * the plain radius search also from this node's in-memory {@link RadiusGrid} while it is current
 * ({@link RadiusGrids}).
 */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "directory")
    private EntityManager em;
    @Inject
    RadiusGrids grids;

    protected JpaOrganizationRepository() {
    }

    /** Outside the container, without the in-memory radius search (SQL answers every search). */
    public JpaOrganizationRepository(EntityManager em) {
        this(em, null);
    }

    public JpaOrganizationRepository(EntityManager em, RadiusGrids grids) {
        this.em = em;
        this.grids = grids;
    }

    @Override
    public Optional<Organization> find(Oid oid) {
        return Optional.ofNullable(em.find(Organization.class, oid.value()));
    }

    @Override
    public Map<String, Organization> findAll(Collection<Oid> oids) {
        Map<String, Organization> found = new HashMap<>();
        if (oids.isEmpty()) {
            return found;
        }
        List<String> keys = oids.stream().map(Oid::value).distinct().toList();
        for (Organization o : em.createQuery("select o from Organization o where o.oid in :ids", Organization.class)
                .setParameter("ids", keys).getResultList()) {
            found.put(o.homeCommunityId().value(), o);
        }
        return found;
    }

    @Override
    public void add(Organization organization) {
        em.persist(organization);
    }

    @Override
    public OrganizationHits search(OrganizationFilter filter) {
        return new OrganizationSearchSql(em, filter).run();
    }

    @Override
    public Optional<OrganizationRefs> searchFromMemory(OrganizationFilter filter) {
        if (grids == null || !RadiusGrids.serves(filter)) {
            return Optional.empty();
        }
        return grids.fresh()
                .map(grid -> grid.search(filter.center(), filter.radiusMiles(), filter.offset(), filter.count()))
                .map(page -> new OrganizationRefs(page.hits().stream()
                        .map(h -> new OrganizationRefs.Ref(h.oid(), h.version(), h.distanceMiles())).toList(), page.total()));
    }

    @Override
    public void announceChanges() {
        if (grids != null) {
            grids.announceChanges();
        }
    }

    @Override
    public int deactivateUnseen(String runId, Instant now) {
        return em.createQuery("""
                update Organization o set o.active = false, o.lastUpdated = :now, o.version = o.version + 1
                where o.own = false and o.active = true
                  and o.source = dev.crossway.directory.domain.OrganizationSource.DIRECTORY
                  and (o.lastSeenRun is null or o.lastSeenRun <> :run)""")
                .setParameter("now", now).setParameter("run", runId).executeUpdate();
    }
}
