package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.PatientQueryRequest;
import dev.crossway.initiator.application.ProgressListener;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.web.api.dto.DocumentEntryDto;
import dev.crossway.web.api.dto.DocumentGetResponseDto;
import dev.crossway.web.api.dto.DocumentQueryDto;
import dev.crossway.web.api.dto.DocumentQueryResponseDto;
import dev.crossway.web.api.dto.JobStartedDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientQueryResponseDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import dev.crossway.web.api.dto.SourceDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Base64;

/**
 * Redox Clinical Summary from the network: the Redox flow (DocumentQuery at one organization for
 * the patient's identifier there, then DocumentGet by {@code Document.ID}), and the whole chain in
 * one call (PatientQuery: synchronous, or a job with progress events).
 */
@Path("/ClinicalSummary")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class ClinicalSummaryResource {

    private static final DataModel MODEL = DataModel.CLINICAL_SUMMARY;

    @Inject
    Callers callers;
    @Inject
    DocumentQueries documents;
    @Inject
    PatientQueries patientQueries;

    @POST
    @Path("/DocumentQuery")
    public DocumentQueryResponseDto documentQuery(DocumentQueryDto request, @Context SecurityContext caller) {
        DocumentQueryDto r = require(request, "DocumentQuery");
        DocumentQueryDto.Filter f = r.filter();
        DocumentFilter filter = f == null ? DocumentFilter.all() : new DocumentFilter(f.classCodes(), f.typeCodes(),
                Requests.date(f.from(), "Filter.From"), Requests.date(f.to(), "Filter.To"));
        var context = Initiators.context(r.meta(), callers.current().userId());
        var organization = Requests.organization(r.meta(), "the organization to ask");
        boolean byLink = r.patient() != null && (r.patient().identifiers() == null || r.patient().identifiers().isEmpty())
                && r.patient().demographics() != null;
        DocumentList list = byLink
                ? documents.findByStoredLink(callers.current(), context, organization, Initiators.demographics(r.patient()), filter)
                : documents.find(callers.current(), context, organization, patientId(r), filter);
        return new DocumentQueryResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "DocumentQueryResponse"),
                r.patient() == null ? null : new PatientDto(r.patient().identifiers(), r.patient().demographics()),
                list.documents().stream().map(DocumentEntryDto::of).toList(), SourceDto.of(list.source()));
    }

    @POST
    @Path("/DocumentGet")
    public DocumentGetResponseDto documentGet(DocumentQueryDto request, @Context SecurityContext caller) {
        DocumentQueryDto r = require(request, "DocumentGet");
        if (r.document() == null || r.document().id() == null || r.document().id().isBlank()) {
            throw new InvalidRequestException("Document.ID", "Document.ID is required");
        }
        DocumentUniqueId id;
        try {
            id = new DocumentUniqueId(r.document().id().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Document.ID", "Document.ID is not a document unique id");
        }
        String repository = r.document().repositoryUniqueId();
        if (repository != null && !repository.isBlank() && !Oid.isValid(repository.trim())) {
            throw new InvalidRequestException("Document.RepositoryUniqueID", "RepositoryUniqueID must be an OID");
        }
        RetrievedDocument doc = documents.retrieve(callers.current(), Initiators.context(r.meta(), callers.current().userId()),
                Requests.organization(r.meta(), "the organization holding the document"), id,
                repository == null || repository.isBlank() ? null : Oid.of(repository.trim()));
        var document = new DocumentGetResponseDto.Document(doc.documentId(), DocumentEntryDto.fileType(doc.mimeType()),
                doc.content() == null ? null : Base64.getEncoder().encodeToString(doc.content()), doc.repositoryUniqueId(),
                doc.mimeType());
        return new DocumentGetResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "DocumentGetResponse"), document,
                doc.summary() == null ? null : ClinicalSummaryAssembler.of(null, doc.summary()), SourceDto.of(doc.source()));
    }

    @POST
    @Path("/PatientQuery")
    public Response patientQuery(PatientSearchDto request, @Context SecurityContext caller) {
        PatientSearchDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, "PatientQuery");
        PatientQueryRequest query = new PatientQueryRequest(Initiators.context(r.meta(), callers.current().userId()),
                Initiators.demographics(r.patient()), Initiators.targets(r), Boolean.TRUE.equals(r.refresh()));
        if (Boolean.TRUE.equals(r.async())) {
            String job = patientQueries.start(callers.current(), query);
            return Response.accepted(new JobStartedDto(job)).header("Location", "/api/v1/jobs/" + job).build();
        }
        return Response.ok(reply(r.meta(), patientQueries.run(callers.current(), query, ProgressListener.none()))).build();
    }

    /** The PatientQueryResponse of a merged summary (also a job's result). */
    static PatientQueryResponseDto reply(MetaDto request, MergedSummary summary) {
        return ClinicalSummaryAssembler.of(MetaDto.reply(request, MODEL.redoxName(), "PatientQueryResponse"), summary);
    }

    private static DocumentQueryDto require(DocumentQueryDto request, String event) {
        DocumentQueryDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, event);
        return r;
    }

    private static PatientId patientId(DocumentQueryDto r) {
        return Requests.patientIdsUnderAuthority(r.patient(), "Patient.Identifiers", true).get(0);
    }
}
