package dev.crossway.web.api;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Organization;
import dev.crossway.interop.ccda.write.CcdaDocumentSpec;
import dev.crossway.interop.ccda.write.CcdaWriter;
import dev.crossway.interop.ccda.write.DocumentKind;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.DocumentStore;
import dev.crossway.responder.application.HostedCommunities;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientPushDto;
import dev.crossway.web.api.dto.PatientPushResponseDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Redox Clinical Summary PatientPush: a partner's discrete data for a patient of a hosted
 * community, rendered as a C-CDA R2.1 Continuity of Care Document ({@link CcdaWriter}) and stored
 * as VisitPush stores a document, so the network finds it by XCA. Same grants as VisitPush (the
 * caller must be granted the community). Idempotent: the document's id is derived from the
 * community, the patient and the data pushed, so the same push again stores nothing (200,
 * {@code X-Crossway-Outcome: UNCHANGED}); {@code Idempotency-Key} works as on every POST.
 */
@Path("/ClinicalSummary/PatientPush")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class PatientPushResource {

    @Inject
    Callers callers;
    @Inject
    DocumentStore documents;
    @Inject
    HostedCommunities communities;

    @POST
    public Response push(PatientPushDto request) {
        Requests.requireBody(request, "Patient");
        Requests.checkMeta(request.meta(), DataModel.CLINICAL_SUMMARY, "PatientPush");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        String patientPath = request.patient() != null || request.header() == null || request.header().patient() == null
                ? "Patient" : "Header.Patient";
        PatientDto patientDto = "Patient".equals(patientPath) ? request.patient() : request.header().patient();
        PatientId patient = Patients.identifiers(patientDto, patientPath + ".Identifiers").get(0);
        Caller caller = callers.current();
        caller.requireCommunity(community);
        DiscreteDataAssembler.Discrete discrete = DiscreteDataAssembler.of(request, patientDto, patientPath);
        String title = request.header() == null || request.header().document() == null ? null : request.header().document().title();
        Rendered rendered = render(community, patient, DocumentKind.CONTINUITY_OF_CARE, title, null, discrete,
                contentKey(title, null, discrete));
        return answer(request.meta(), "PatientPush", community, patient, rendered, caller);
    }

    /** A document rendered for a push: its id (derived from the content) and bytes. */
    record Rendered(String documentId, byte[] xml, List<String> notRendered) {
    }

    Rendered render(String community, PatientId patient, DocumentKind kind, String title, Encounter visit,
                    DiscreteDataAssembler.Discrete discrete, byte[] contentKey) {
        CommunityView hosted = communities.find(community).orElse(null);
        Organization custodian = new Organization(community, null, hosted == null ? null : hosted.name(), null, null);
        String id = documentId(community, patient, kind, contentKey);
        byte[] xml = CcdaWriter.write(new CcdaDocumentSpec(kind, id, Instant.now(), title, custodian, visit, discrete.content(),
                discrete.planOfCareText()));
        return new Rendered(id, xml, discrete.notRendered());
    }

    /**
     * Stores the rendered document unless the patient already has the one this content renders
     * (same derived id): then 200 UNCHANGED with the stored one, as a resent VisitPush.
     */
    Response answer(MetaDto meta, String event, String community, PatientId patient, Rendered rendered, Caller caller) {
        Optional<StoredDocumentView> same = documents.forPatient(community, patient).stream()
                .filter(d -> rendered.documentId().equals(d.documentUniqueId())).findFirst();
        StoredDocumentView stored;
        WriteOutcome outcome;
        if (same.isPresent()) {
            stored = same.get();
            outcome = WriteOutcome.UNCHANGED;
        } else {
            PushedDocument pushed = documents.push(community, patient, rendered.xml(), "XML", caller);
            stored = pushed.document();
            outcome = pushed.outcome();
        }
        return Response.status(outcome == WriteOutcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .header(Idempotency.OUTCOME_HEADER, outcome.name())
                .entity(new PatientPushResponseDto(MetaDto.reply(meta, DataModel.CLINICAL_SUMMARY.redoxName(), event),
                        VisitPushResource.toDto(stored), rendered.notRendered().isEmpty() ? null : rendered.notRendered()))
                .build();
    }

    /** {@code 2.25.<128 bits of SHA-256 over community, patient, kind and content>}: the same push names the same document. */
    static String documentId(String community, PatientId patient, DocumentKind kind, byte[] contentKey) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(community, patient.toCx(), kind.name())) {
                d.update(part.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            d.update(contentKey);
            return "2.25." + new BigInteger(1, Arrays.copyOf(d.digest(), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * What the document says, whatever the spelling of the request: the assembled model (records,
     * so their text form lists every value in order), the title, the visit and the plan of care.
     * A code system sent by name or by OID, or Meta's EventDateTime, do not change it.
     */
    static byte[] contentKey(String title, Encounter visit, DiscreteDataAssembler.Discrete discrete) {
        return (String.valueOf(title) + '\u0000' + visit + '\u0000' + discrete.content() + '\u0000' + discrete.planOfCareText())
                .getBytes(StandardCharsets.UTF_8);
    }
}
