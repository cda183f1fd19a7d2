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
import dev.crossway.web.api.dto.PatientPushDto;
import dev.crossway.web.api.dto.PatientPushResponseDto;
import dev.crossway.web.api.dto.VisitPushDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Discrete data pushed by a partner (PatientPush, VisitPush without a document): rendered by
 * {@link CcdaWriter} and stored as a pushed C-CDA, once per content (see docs/decisions/store.md,
 * "Rendering C-CDA").
 */
@ApplicationScoped
public class DiscretePushes {

    @Inject
    Callers callers;
    @Inject
    DocumentStore documents;
    @Inject
    HostedCommunities communities;

    /** A document rendered for a push: its id (derived from the content) and bytes. */
    public record Rendered(String documentId, byte[] xml, List<String> notRendered) {
    }

    public Rendered render(String community, PatientId patient, DocumentKind kind, String title, Encounter visit,
                    DiscreteDataAssembler.Discrete discrete) {
        byte[] contentKey = contentKey(title, visit, discrete);
        CommunityView hosted = communities.find(Requests.hostedCommunity(community)).orElse(null);
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
    public Response answer(MetaDto meta, String event, String community, PatientId patient, Rendered rendered, Caller caller) {
        Optional<StoredDocumentView> same = documents.forPatient(Requests.hostedCommunity(community), patient).stream()
                .filter(d -> rendered.documentId().equals(d.documentUniqueId())).findFirst();
        StoredDocumentView stored;
        WriteOutcome outcome;
        if (same.isPresent()) {
            stored = same.get();
            outcome = WriteOutcome.UNCHANGED;
        } else {
            PushedDocument pushed = documents.push(Requests.hostedCommunity(community), patient, rendered.xml(), "XML", caller);
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

    /** VisitPush without a document: the visit (Visit, else the first of Encounters) and its sections as an Encounter Summary. */
    public Response pushVisit(VisitPushDto r, String community, PatientId patient) {
        Caller caller = callers.current();
        caller.requireCommunity(community);
        PatientPushDto sections = new PatientPushDto(r.meta(), r.header(), r.patient(), null, null, r.allergyText(), r.allergies(),
                r.encountersText(), r.encounters(), null, null, r.immunizationText(), r.immunizations(), null, null, null, null,
                r.medicationsText(), r.medications(), r.planOfCareText(), r.planOfCare(), r.problemsText(), r.problems(),
                r.proceduresText(), r.procedures(), r.resultText(), r.results(), r.socialHistoryText(), r.socialHistory(),
                r.vitalSignsText(), r.vitalSigns());
        DiscreteDataAssembler.Discrete discrete = DiscreteDataAssembler.of(sections, r.patient(), "Patient");
        Encounter visit = DiscreteDataAssembler.visit(r.visit(), "Visit");
        if (visit == null && !discrete.content().encounters().isEmpty()) {
            visit = discrete.content().encounters().get(0);
        }
        if (visit == null || visit.dateTime() == null) {
            throw new InvalidRequestException("Visit.VisitDateTime", "a visit push without a document needs the visit:"
                    + " Visit.VisitDateTime (or an entry of Encounters with its DateTime)");
        }
        String title = r.header() == null || r.header().document() == null ? null : r.header().document().title();
        return answer(r.meta(), "VisitPush", community, patient,
                render(community, patient, DocumentKind.ENCOUNTER_SUMMARY, title, visit, discrete), caller);
    }
}
