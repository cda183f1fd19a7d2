package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.interop.id.Oid;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/**
 * What {@link DefaultOrganizationQueries#search} reads from the database, each in a transaction
 * (the caller's, or one of its own): the views of the assembled organizations read lazy
 * collections (aliases, endpoints), which one persistence context must stay open for. A search
 * answered from memory does not come here, so it begins and commits no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrganizationReads {

    @Inject
    OrganizationRepository organizations;

    public OrganizationReads() {
    }

    /** Outside the container (tests): over {@code organizations}, in the caller's transaction. */
    OrganizationReads(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The search by SQL. */
    public OrganizationPage search(OrganizationFilter filter, String zipBasis) {
        OrganizationHits hits = organizations.search(filter);
        return new OrganizationPage(
                hits.hits().stream().map(h -> OrganizationAssembler.toView(h.organization(), h.distanceMiles())).toList(),
                hits.total(), filter.offset(), filter.count(), zipBasis);
    }

    /** The views of the given organizations as they are, by home community id; those unknown are absent. */
    public Map<String, OrganizationViewCache.Versioned> views(Collection<Oid> oids) {
        return OrganizationViewCache.assemble(organizations.findAll(oids));
    }
}
