package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.interop.id.Oid;
import dev.crossway.directory.domain.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organizations in MariaDB/MySQL; the search is native SQL (see {@link OrganizationSearchSql}),
 * except the plain radius search, which this node's in-memory {@link RadiusGrid} answers while it
 * is current ({@link RadiusGrids}).
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
        if (grids != null && RadiusGrids.serves(filter)) {
            Optional<RadiusGrid> grid = grids.fresh();
            if (grid.isPresent()) {
                OrganizationHits hits = fromGrid(grid.get(), filter);
                if (hits != null) {
                    return hits;
                }
            }
        }
        return new OrganizationSearchSql(em, filter).run();
    }

    /**
     * The page the grid finds, its organizations loaded by one {@code IN} query; null when one of
     * them changed since the grid was built (a write racing this search) or when the grid leaves the
     * answer to the SQL ({@link RadiusGrid#UNDECIDED_MILES}): then SQL answers.
     */
    private OrganizationHits fromGrid(RadiusGrid grid, OrganizationFilter filter) {
        RadiusGrid.Page page = grid.search(filter.center(), filter.radiusMiles(), filter.offset(), filter.count());
        if (page == null) {
            return null;
        }
        if (page.hits().isEmpty()) {
            return new OrganizationHits(List.of(), page.total());
        }
        Map<String, Organization> byId = new HashMap<>();
        // the endpoints in the same statement (aliases and contacts by batch fetch); read-only: a search
        // changes nothing, so the flush at commit need not compare the organizations with snapshots
        for (Organization o : em.createQuery("select o from Organization o left join fetch o.endpoints where o.oid in :ids",
                        Organization.class)
                .setParameter("ids", page.hits().stream().map(RadiusGrid.Hit::oid).toList())
                .setHint("org.hibernate.readOnly", true).getResultList()) {
            byId.put(o.homeCommunityId().value(), o);
        }
        List<OrganizationHits.Hit> hits = new ArrayList<>(page.hits().size());
        for (RadiusGrid.Hit h : page.hits()) {
            Organization o = byId.get(h.oid());
            GeoPoint p = o == null ? null : o.position().orElse(null);
            if (o == null || !o.isActive() || p == null || p.latitude() != h.latitude() || p.longitude() != h.longitude()) {
                return null;
            }
            hits.add(new OrganizationHits.Hit(o, h.distanceMiles()));
        }
        return new OrganizationHits(hits, page.total());
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
