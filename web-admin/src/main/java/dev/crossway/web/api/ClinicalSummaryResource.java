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
import dev.crossway.interop.id.PatientId;
import dev.crossway.web.api.dto.DocumentQueryDto;
import dev.crossway.web.api.dto.MetaDto;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Redox ClinicalSummary from the network: FindDocuments at one community, one document retrieved
 * and read, and the whole chain in one call (synchronous, or a job with progress events).
 */
@Path("/ClinicalSummary")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class ClinicalSummaryResource {

    private static final String MODEL = "ClinicalSummary";

    @Inject
    Callers callers;
    @Inject
    DocumentQueries documents;
    @Inject
    PatientQueries patientQueries;

    @POST
    @Path("/DocumentQuery")
    public Map<String, Object> documentQuery(DocumentQueryDto request, @Context SecurityContext caller) {
        DocumentQueryDto r = require(request, MODEL, "DocumentQuery");
        DocumentQueryDto.Filter f = r.filter();
        DocumentFilter filter = f == null ? DocumentFilter.all() : new DocumentFilter(f.classCodes(), f.typeCodes(),
                Requests.date(f.from(), "Filter.From"), Requests.date(f.to(), "Filter.To"));
        DocumentList list = documents.find(callers.current(), Initiators.context(r.meta(), callers.current().userId()),
                organization(r.meta()), patientId(r), filter);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("Meta", MetaDto.reply(r.meta(), MODEL, "DocumentQuery"));
        reply.put("Documents", list.documents());
        reply.put("Source", SourceDto.of(list.source()));
        return reply;
    }

    @POST
    @Path("/DocumentGet")
    public Map<String, Object> documentGet(DocumentQueryDto request, @Context SecurityContext caller) {
        DocumentQueryDto r = require(request, MODEL, "DocumentGet");
        if (r.document() == null || r.document().id() == null || r.document().repositoryUniqueId() == null) {
            throw new InvalidRequestException("Document", "Document.ID and Document.RepositoryUniqueID are required");
        }
        RetrievedDocument doc = documents.retrieve(callers.current(), Initiators.context(r.meta(), callers.current().userId()),
                organization(r.meta()), r.document().repositoryUniqueId(), r.document().id());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("Meta", MetaDto.reply(r.meta(), MODEL, "DocumentGet"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ID", doc.documentId());
        document.put("RepositoryUniqueID", doc.repositoryUniqueId());
        document.put("MimeType", doc.mimeType());
        if (doc.content() != null) {
            document.put("Data", Base64.getEncoder().encodeToString(doc.content()));
        }
        reply.put("Document", document);
        if (doc.summary() != null) {
            reply.put("ClinicalSummary", doc.summary());
        }
        reply.put("Source", SourceDto.of(doc.source()));
        return reply;
    }

    @POST
    @Path("/PatientQuery")
    public Response patientQuery(PatientSearchDto request, @Context SecurityContext caller) {
        PatientSearchDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, "PatientQuery");
        PatientQueryRequest query = new PatientQueryRequest(Initiators.context(r.meta(), callers.current().userId()),
                Initiators.demographics(r.patient()), Initiators.targets(r));
        if (Boolean.TRUE.equals(r.async())) {
            String job = patientQueries.start(callers.current(), query);
            return Response.accepted(Map.of("JobID", job)).header("Location", "/api/v1/jobs/" + job).build();
        }
        return Response.ok(Summaries.reply(r.meta(), patientQueries.run(callers.current(), query, ProgressListener.none()))).build();
    }

    private static DocumentQueryDto require(DocumentQueryDto request, String model, String event) {
        DocumentQueryDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), model, event);
        return r;
    }

    private static String organization(MetaDto meta) {
        return Requests.facilityCode(meta, "the community to ask");
    }

    private static PatientId patientId(DocumentQueryDto r) {
        return Requests.patientIds(r.patient(), "Patient.Identifiers", true).get(0);
    }

    /** The merged summary as the API answers it: Sources with their organization. */
    static final class Summaries {

        private Summaries() {
        }

        static Map<String, Object> reply(MetaDto meta, MergedSummary s) {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("Meta", MetaDto.reply(meta, MODEL, "PatientQuery"));
            reply.put("Header", s.header());
            reply.put("Sources", s.sources().stream().map(SourceDto::of).toList());
            reply.put("Medications", s.medications());
            reply.put("Allergies", s.allergies());
            reply.put("Problems", s.problems());
            reply.put("Results", s.results());
            reply.put("VitalSigns", s.vitalSigns());
            reply.put("Immunizations", s.immunizations());
            reply.put("Procedures", s.procedures());
            reply.put("Encounters", s.encounters());
            return reply;
        }
    }
}
