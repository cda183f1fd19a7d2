package dev.crossway.web.api;

import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.Oid;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.DocumentEntryDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.SourceDto;
import dev.crossway.web.api.dto.VisitQueryDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Redox Clinical Summary {@code VisitQuery}: the most recent visit summary of a patient at one
 * organization within the time asked for. The organization is {@code Meta.FacilityCode}, the patient
 * its identifier there (or demographics, through a stored link), as for DocumentQuery. The visit is
 * chosen by time, since XDS registries do not index encounter numbers: the most recent C-CDA whose
 * creation time is within {@code Visit.StartDateTime}..{@code Visit.EndDateTime} (either may be
 * absent); {@code Visit.VisitNumber} is echoed in {@code Header.Document.Visit}. See
 * docs/decisions/redox-data-models.md.
 */
@Path("/ClinicalSummary/VisitQuery")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class VisitQueryResource {

    private static final DataModel MODEL = DataModel.CLINICAL_SUMMARY;

    @Inject
    Callers callers;
    @Inject
    DocumentQueries documents;

    @POST
    public VisitQueryResponseDto visitQuery(VisitQueryDto request) {
        VisitQueryDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, "VisitQuery");
        VisitQueryDto.VisitRangeDto v = r.visit();
        Instant from = v == null ? null : Requests.instant(v.startDateTime(), "Visit.StartDateTime");
        Instant to = v == null ? null : Requests.instant(v.endDateTime(), "Visit.EndDateTime");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("Visit.EndDateTime", "EndDateTime is before StartDateTime");
        }
        var caller = callers.current();
        var context = Initiators.context(r.meta(), caller.userId());
        var organization = Requests.organization(r.meta(), "the organization to ask");
        DocumentFilter filter = new DocumentFilter(List.of(), List.of(),
                from == null ? null : from.atZone(ZoneOffset.UTC).toLocalDate(), to == null ? null : to.atZone(ZoneOffset.UTC).toLocalDate());
        boolean byLink = r.patient() != null && (r.patient().identifiers() == null || r.patient().identifiers().isEmpty())
                && r.patient().demographics() != null;
        DocumentList list = byLink
                ? documents.findByStoredLink(caller, context, organization, Initiators.demographics(r.patient()), filter)
                : documents.find(caller, context, organization,
                        Requests.patientIdsUnderAuthority(r.patient(), "Patient.Identifiers", true).get(0), filter);
        MetaDto meta = MetaDto.reply(r.meta(), MODEL.redoxName(), "VisitQueryResponse");
        Optional<DocumentRef> chosen = mostRecentSummary(list.documents(), from, to);
        if (chosen.isEmpty()) {
            return VisitSummaryAssembler.empty(meta, SourceDto.of(list.source()));
        }
        DocumentRef d = chosen.get();
        RetrievedDocument doc = documents.retrieve(caller, context, organization, new DocumentUniqueId(d.id()),
                d.repositoryUniqueId() == null || !Oid.isValid(d.repositoryUniqueId()) ? null : Oid.of(d.repositoryUniqueId()));
        return VisitSummaryAssembler.of(meta, doc.summary(), v == null ? null : v.visitNumber(), from, to, DocumentEntryDto.of(d),
                SourceDto.of(doc.source()));
    }

    /** The most recent XML document created within [from, to]; a document without a time only when no bound is given. */
    static Optional<DocumentRef> mostRecentSummary(List<DocumentRef> listed, Instant from, Instant to) {
        return listed.stream()
                .filter(d -> d.mimeType() == null || d.mimeType().toLowerCase(Locale.ROOT).contains("xml"))
                .filter(d -> d.dateTime() == null ? from == null && to == null
                        : (from == null || !d.dateTime().isBefore(from)) && (to == null || !d.dateTime().isAfter(to)))
                .max(Comparator.comparing(DocumentRef::dateTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
