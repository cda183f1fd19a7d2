package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.PatientLink;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.Targets;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.infrastructure.outbound.Transaction;
import dev.crossway.interop.id.Oid;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@link Targets} into the communities to ask, from the directory: explicit ids, the
 * patient's linked communities, or every organization with an XCPD endpoint within the radius,
 * nearest first, capped. Unknown organizations, open circuits and explicit ids beyond the cap
 * become {@code Skipped} outcomes with the reason: every organization asked for is either asked or
 * listed.
 */
@Stateless
public class Targeting {

    /** The communities to ask, and the ones skipped with the reason. */
    public record Resolved(List<Community> communities, List<SourceOutcome> skipped) {
    }

    @EJB
    OrganizationQueries directory;
    @EJB
    InitiatorStore store;
    @EJB
    OutboundGateway outbound;

    /** The communities to ask; "linked only" means the communities the caller's own links name. */
    public Resolved resolve(Caller caller, Demographics patient, Targets requested) {
        Targets t = requested == null ? new Targets(List.of(), null, null, false, 0) : requested;
        List<String> ids;
        if (!t.organizationIds().isEmpty()) {
            ids = t.organizationIds();
        } else if (t.linkedOnly()) {
            Set<String> linked = new LinkedHashSet<>();
            store.links(caller, RequestValidator.key(patient)).stream().map(PatientLink::organizationId).forEach(linked::add);
            ids = List.copyOf(linked);
        } else {
            return radius(patient, t);
        }
        List<Community> found = new ArrayList<>();
        List<SourceOutcome> skipped = new ArrayList<>();
        List<String> distinct = ids.stream().distinct().toList();
        int max = t.effectiveMax();
        for (String id : distinct.subList(Math.min(max, distinct.size()), distinct.size())) {
            skipped.add(new SourceOutcome(id, null, SourceOutcome.SKIPPED, 0, beyondMax(max), null));
        }
        for (String id : distinct.subList(0, Math.min(max, distinct.size()))) {
            Optional<OrganizationView> org = Oid.isValid(id) ? directory.find(Oid.of(id)) : Optional.empty();
            if (org.isEmpty()) {
                skipped.add(new SourceOutcome(id, null, SourceOutcome.SKIPPED, 0, "unknown organization", null));
            } else {
                add(community(org.get()), found, skipped);
            }
        }
        return new Resolved(found, skipped);
    }

    /** Why an explicit target was not asked: the request named more than the cap. */
    static String beyondMax(int max) {
        return "not asked: beyond Targets.Max (" + max + "; at most " + Targets.HARD_MAX + ")";
    }

    /** One organization's endpoints, for DocumentQuery/DocumentGet. */
    public Community community(String organizationId) {
        Optional<OrganizationView> org = Oid.isValid(organizationId) ? directory.find(Oid.of(organizationId)) : Optional.empty();
        return org.map(Targeting::community).orElseThrow(() ->
                new InitiatorValidationException(InitiatorField.ORGANIZATION, "unknown organization " + organizationId));
    }

    private Resolved radius(Demographics patient, Targets t) {
        String zip = t.radiusZip() != null && !t.radiusZip().isBlank() ? t.radiusZip() : patient.zip();
        double miles = t.radiusMiles() == null ? Targets.DEFAULT_RADIUS_MILES : t.radiusMiles();
        OrganizationSearch search = new OrganizationSearch(null, null, null, null, null, Transaction.XCPD.directoryName(), null,
                true, miles, zip, null, null, 0, Math.min(t.effectiveMax(), OrganizationSearch.MAX_COUNT));
        List<Community> found = new ArrayList<>();
        List<SourceOutcome> skipped = new ArrayList<>();
        try {
            directory.search(search).organizations().stream().limit(t.effectiveMax())
                    .map(Targeting::community).forEach(c -> add(c, found, skipped));
        } catch (DirectoryValidationException e) {
            throw new InitiatorValidationException(InitiatorField.RADIUS_ZIP, e.getMessage());
        }
        return new Resolved(found, skipped);
    }

    private void add(Community c, List<Community> found, List<SourceOutcome> skipped) {
        if (c.xcpdUrl() != null && !outbound.gateway().client().healthy(c.xcpdUrl())) {
            skipped.add(new SourceOutcome(c.organizationId(), c.organizationName(), SourceOutcome.SKIPPED, 0,
                    "endpoint unhealthy (circuit open)", null));
        } else {
            found.add(c);
        }
    }

    static Community community(OrganizationView o) {
        return new Community(o.oid(), o.name(), url(o, Transaction.XCPD), url(o, Transaction.XCA_QUERY), url(o, Transaction.XCA_RETRIEVE));
    }

    private static String url(OrganizationView o, Transaction t) {
        return o.endpoints() == null ? null : o.endpoints().stream().filter(e -> t.directoryName().equalsIgnoreCase(e.transaction()))
                .map(EndpointView::url).findFirst().orElse(null);
    }
}
