package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationRefs;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.domain.ZipLocation;
import dev.crossway.interop.id.Oid;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Directory search. Read-only. A search answered from memory (this node's grid, its copy of the ZIP
 * centroids and the view cache) runs in the caller's transaction or none, and opens no
 * EntityManager; whatever must be read from the database is read by {@link OrganizationReads} in a
 * transaction (views read lazy collections: one transaction keeps the persistence context open).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DefaultOrganizationQueries implements OrganizationQueries {

    @Inject
    OrganizationRepository organizations;
    @Inject
    ZipCentroidRepository zips;
    @Inject
    OrganizationViewCache views;
    @Inject
    OrganizationReads reads;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrganizationPage search(OrganizationSearch criteria) {
        java.util.concurrent.atomic.AtomicReference<ZipLocation.Basis> basis = new java.util.concurrent.atomic.AtomicReference<>();
        OrganizationFilter filter = new SearchCriteriaResolver(z -> zips.locate(z).map(l -> {
            basis.set(l.basis());
            return l.point();
        })).resolve(criteria == null ? OrganizationSearch.all() : criteria);
        String zipBasis = basis.get() == null ? null : basis.get().name();
        if (views != null) {
            // the plain radius search from memory: references from this node's grid, views from the cache
            Optional<OrganizationRefs> refs = organizations.searchFromMemory(filter);
            Optional<List<OrganizationView>> page = refs.flatMap(r -> views.page(r, reads::views));
            if (page.isPresent()) {
                return new OrganizationPage(page.get(), refs.get().total(), filter.offset(), filter.count(), zipBasis);
            }
        }
        return reads.search(filter, zipBasis);
    }

    @Override
    public Optional<OrganizationView> find(Oid oid) {
        return organizations.find(oid).map(o -> OrganizationAssembler.toView(o, null));
    }
}
