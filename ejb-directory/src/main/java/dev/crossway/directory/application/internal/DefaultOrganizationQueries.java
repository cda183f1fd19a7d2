package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import dev.crossway.directory.domain.OrganizationRefs;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.domain.ZipLocation;
import dev.crossway.interop.id.Oid;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Directory search. Read-only: runs in the caller's transaction or none. */
@Stateless
// views read lazy collections (aliases, endpoints): one transaction keeps the persistence context open
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DefaultOrganizationQueries implements OrganizationQueries {

    @Inject
    OrganizationRepository organizations;
    @Inject
    ZipCentroidRepository zips;
    @Inject
    OrganizationViewCache views;

    @Override
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
            Optional<List<OrganizationView>> page = refs.flatMap(r -> views.page(r, organizations::findAll));
            if (page.isPresent()) {
                return new OrganizationPage(page.get(), refs.get().total(), filter.offset(), filter.count(), zipBasis);
            }
        }
        OrganizationHits hits = organizations.search(filter);
        return new OrganizationPage(
                hits.hits().stream().map(h -> OrganizationAssembler.toView(h.organization(), h.distanceMiles())).toList(),
                hits.total(), filter.offset(), filter.count(), zipBasis);
    }

    @Override
    public Optional<OrganizationView> find(Oid oid) {
        return organizations.find(oid).map(o -> OrganizationAssembler.toView(o, null));
    }
}
