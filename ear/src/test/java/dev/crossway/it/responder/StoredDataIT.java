package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The clinical data store kept current and consent respected (issue 16), proven as a peer gateway
 * sees it: signed XCPD and XCA requests over HTTP after a partner (or an administrator) opted a
 * patient out, replaced or withdrew a document, or a community's policy withheld a restricted one.
 * Each case in its own community (the tests share one database), each withholding audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredDataIT {

    static final String CONSENT = "2.16.840.1.113883.3.72.6.161";
    static final String REPLACE = "2.16.840.1.113883.3.72.6.162";
    static final String WITHDRAW = "2.16.840.1.113883.3.72.6.163";
    static final String RESTRICT = "2.16.840.1.113883.3.72.6.164";
    static final String ESCAPED = "2.16.840.1.113883.3.72.6.169";
    static final String CCD = "samples/ccda/hl7-c-cda-examples/CCD_1.xml";
    static final String CCD_REPLACEMENT = "samples/ccda/hl7-c-cda-examples/CCD_Parent_Document_Replace.xml";
    static final String CONSULT = "samples/ccda/hl7-c-cda-examples/Consultation_Note.xml";
    static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
    static final String DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void trust() {
        Gateway.trusted();
    }

    static String authority(String community) {
        return community + ".1";
    }

    static PatientId lou(String community) {
        return new PatientId("LG-16", Oid.of(authority(community)));
    }

    /** Hosts {@code community} with Lou Grant (LG-16) registered in it. */
    static void host(String community) {
        Hosted.community(community, "Stored Data " + community, authority(community), "\"TREATMENT\"");
        Hosted.louGrant(community, "LG-16", authority(community));
    }

    /** The NIST query sent to {@code community}, asking for Lou Grant by his id, family name and birth date. */
    static Element queryForLou(String community) throws IOException {
        Element query = ResponderGatewayIT.nistQuery();
        Element receiver = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "receiver").item(0);
        Element org = (Element) receiver.getElementsByTagNameNS(Hl7v3.NS, "representedOrganization").item(0);
        ((Element) org.getElementsByTagNameNS(Hl7v3.NS, "id").item(0)).setAttribute("root", community);
        Element id = (Element) ((Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectId").item(0))
                .getElementsByTagNameNS(Hl7v3.NS, "value").item(0);
        id.setAttribute("root", authority(community));
        id.setAttribute("extension", "LG-16");
        ResponderGatewayIT.setAll(query, "family", "GRANT");
        Element birth = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectBirthTime").item(0);
        ((Element) birth.getElementsByTagNameNS(Hl7v3.NS, "value").item(0)).setAttribute("value", "19500314");
        ResponderGatewayIT.removeAll(query, "patientAddress");
        ResponderGatewayIT.removeAll(query, "patientTelecom");
        return query;
    }

    static Gateway.Reply xcpdReply(String community) throws IOException {
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, queryForLou(community)));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    static PatientDiscoveryResponse xcpd(String community) throws IOException {
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(xcpdReply(community).body()).payload());
    }

    static Gateway.Reply findReply(String community, PatientId patient, String... statuses) {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(patient, HomeCommunityId.of(community));
        if (statuses.length > 0) {
            var parameters = new java.util.LinkedHashMap<>(q.parameters());
            parameters.put("$XDSDocumentEntryStatus", List.of(List.of(statuses)));
            q = new AdhocQueryRequest(q.query(), q.returnType(), q.home(), parameters);
        }
        Gateway.Reply reply = Gateway.post(Gateway.XCA_QUERY, Gateway.signed(Gateway.XCA_QUERY, EbXml.ACTION_QUERY,
                AdhocQueryRequestWriter.write(q)));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    static AdhocQueryResponse find(String community, String... statuses) {
        return AdhocQueryResponseReader.read(SoapEnvelope.parse(findReply(community, lou(community), statuses).body()).payload());
    }

    static RetrieveDocumentSetResponse retrieve(String community, String documentId) {
        Element request = RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(List.of(new DocumentRequest(
                Optional.of(HomeCommunityId.of(community)), new RepositoryUniqueId(community), new DocumentUniqueId(documentId)))));
        Gateway.Reply reply = Gateway.post(Gateway.XCA_RETRIEVE, Gateway.signed(Gateway.XCA_RETRIEVE, EbXml.ACTION_RETRIEVE, request));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var message = dev.crossway.interop.soap.MtomReader.read(reply.contentType(), reply.body());
        return RetrieveResponseReader.read(message.envelope().payload(), message.resolver());
    }

    /** Pushes {@code bytes} for Lou Grant as a partner; returns the stored document's id. */
    static String push(String community, byte[] bytes) {
        Api.Reply r = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "VisitPush", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}]},
                 "Document": {"FileType": "XML", "Data": "%s"}}""".formatted(community, authority(community),
                Base64.getEncoder().encodeToString(bytes)));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().path("Document").path("ID").asText();
    }

    static byte[] sample(String path) throws IOException {
        return Files.readAllBytes(Servers.shared().resolve(path));
    }

    static Api.Reply consent(String community, String choice, String token) {
        return Api.post("PatientAdmin/Consent", token, """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "Consent", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}]},
                 "Consent": {"NetworkDisclosure": "%s"}}""".formatted(community, authority(community), choice));
    }

    /** Waits until an audit record of this transaction and outcome (null: any) holds every one of {@code texts}. */
    static void audited(String transaction, String outcome, String... texts) {
        Api.await(Duration.ofSeconds(20), () -> {
            Api.Reply r = Api.get("admin/audit?transaction=" + transaction + (outcome == null ? "" : "&outcome=" + outcome)
                    + "&limit=1000", Tokens.admin());
            if (r.status() != 200) {
                return false;
            }
            return StreamSupport.stream(r.json().spliterator(), false).map(JsonNode::toString)
                    .anyMatch(rec -> java.util.Arrays.stream(texts).allMatch(rec::contains));
        }, transaction + " audited as " + outcome + " with " + String.join(", ", texts));
    }

    @Test
    void aDocumentWhoseNarrativeEscapesItsTextOftenIsStoredAndRetrievedByteForByte() throws IOException {
        // 150,000 references to predefined entities: the server's JDK alone would refuse more than 100,000
        String xml = new String(sample(CCD), StandardCharsets.UTF_8);
        int close = xml.indexOf("</text>", xml.indexOf("structuredBody"));
        byte[] escaped = (xml.substring(0, close) + "<paragraph>" + "a &amp; b &lt; c ".repeat(75_000) + "</paragraph>"
                + xml.substring(close)).getBytes(StandardCharsets.UTF_8);
        host(ESCAPED);
        String doc = push(ESCAPED, escaped);
        assertThat(xcpd(ESCAPED).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(retrieve(ESCAPED, doc).documents()).singleElement()
                .satisfies(d -> assertThat(d.content()).isEqualTo(escaped));
    }

    @Test
    void anOptedOutPatientIsNoMatchUnknownToFindDocumentsAndNeverRetrievedUntilOptedBackIn() throws IOException {
        host(CONSENT);
        String doc = push(CONSENT, sample(CCD));
        assertThat(xcpd(CONSENT).outcome()).as("matched, and the answer cached").isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(retrieve(CONSENT, doc).documents()).hasSize(1);

        // a partner granted other communities only may not record it
        String clientId = "store-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply onboarded = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Communities": ["%s"], "PurposesOfUse": ["TREATMENT"]}}""".formatted(clientId, REPLACE));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        Api.Reply refused = consent(CONSENT, "OptOut", Tokens.clientCredentials(clientId, onboarded.json().path("Secret").asText()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.firstError().path("Code").asText()).isEqualTo("NotGranted");
        assertThat(xcpd(CONSENT).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);

        Api.Reply out = consent(CONSENT, "OptOut", Tokens.partner());
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().path("Consent").path("NetworkDisclosure").asText()).isEqualTo("OptOut");
        assertThat(out.json().path("Consent").path("RecordedBy").asText()).isNotBlank();
        assertThat(out.json().path("Consent").path("RecordedAt").asText()).isNotBlank();

        Gateway.Reply none = xcpdReply(CONSENT);
        PatientDiscoveryResponse noMatch = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(none.body()).payload());
        assertThat(noMatch.outcome()).as("at once: the cached match is gone").isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
        assertThat(noMatch.matches()).isEmpty();
        assertThat(none.text()).doesNotContain("Newsroom").doesNotContain("patientPerson");
        audited("ITI-55", "Refused", "withheld by consent", CONSENT);

        Gateway.Reply found = findReply(CONSENT, lou(CONSENT));
        Gateway.Reply unknown = findReply(CONSENT, new PatientId("NOBODY-16", Oid.of(authority(CONSENT))));
        assertThat(found.text()).contains("XDSUnknownPatientId").doesNotContain("ExtrinsicObject").doesNotContain(doc);
        AdhocQueryResponse foundRead = AdhocQueryResponseReader.read(SoapEnvelope.parse(found.body()).payload());
        AdhocQueryResponse unknownRead = AdhocQueryResponseReader.read(SoapEnvelope.parse(unknown.body()).payload());
        assertThat(foundRead.errors().get(0).codeContext()).as("exactly as for an unknown patient")
                .isEqualTo(unknownRead.errors().get(0).codeContext().replace("NOBODY-16", "LG-16"));
        audited("ITI-38", "Refused", "withheld by consent", "LG-16");

        RetrieveDocumentSetResponse r = retrieve(CONSENT, doc);
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.DOCUMENT_UNIQUE_ID_ERROR);
        audited("ITI-39", "Refused", "withheld by consent", doc);
        audited("ADMIN", null, "opted out of network disclosure", "LG-16");

        Api.Reply in = consent(CONSENT, "OptIn", Tokens.admin());
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(xcpd(CONSENT).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(find(CONSENT).documents()).extracting(e -> e.uniqueId().value()).containsExactly(doc);
        assertThat(retrieve(CONSENT, doc).documents()).hasSize(1);

        Api.Reply bad = consent(CONSENT, "Maybe", Tokens.partner());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstError().path("Field").asText()).isEqualTo("Consent.NetworkDisclosure");
    }

    @Test
    void aReplacedDocumentIsDeprecatedAndFindDocumentsAnswersEachStatusAskedFor() throws IOException {
        host(REPLACE);
        String old = push(REPLACE, sample(CCD));
        Api.Reply replaced = Api.post("ClinicalSummary/DocumentReplace", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentReplace", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}]},
                 "Document": {"Replaces": "%s", "Relation": "RPLC", "FileType": "XML", "Data": "%s"}}""".formatted(REPLACE,
                authority(REPLACE), old, Base64.getEncoder().encodeToString(sample(CCD_REPLACEMENT))));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        JsonNode doc = replaced.json().path("Document");
        String replacement = doc.path("ID").asText();
        assertThat(doc.path("Replaces").asText()).isEqualTo(old);
        assertThat(doc.path("Relation").asText()).isEqualTo("RPLC");
        assertThat(doc.path("Status").asText()).isEqualTo("Approved");
        assertThat(doc.path("LatestSummary").asBoolean()).isTrue();
        audited("ADMIN", null, "replaces " + old, "deprecated");

        assertThat(xcpd(REPLACE).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(find(REPLACE, APPROVED).documents()).extracting(e -> e.uniqueId().value()).containsExactly(replacement);
        assertThat(find(REPLACE, DEPRECATED).documents()).extracting(e -> e.uniqueId().value()).containsExactly(old);
        List<DocumentEntry> both = find(REPLACE, APPROVED, DEPRECATED).documents();
        assertThat(both).extracting(e -> e.uniqueId().value() + " " + e.status())
                .containsExactlyInAnyOrder(replacement + " " + APPROVED, old + " " + DEPRECATED);
        String oldUuid = both.stream().filter(e -> e.uniqueId().value().equals(old)).findFirst().orElseThrow().entryUuid();
        String newUuid = both.stream().filter(e -> e.uniqueId().value().equals(replacement)).findFirst().orElseThrow().entryUuid();
        AdhocQueryRequest getAssociations = new AdhocQueryRequest(dev.crossway.interop.xca.StoredQuery.GET_ASSOCIATIONS,
                dev.crossway.interop.xca.ReturnType.LEAF_CLASS, Optional.of(HomeCommunityId.of(REPLACE)),
                java.util.Map.of("$uuid", List.of(List.of(oldUuid))));
        Gateway.Reply associated = Gateway.post(Gateway.XCA_QUERY, Gateway.signed(Gateway.XCA_QUERY, EbXml.ACTION_QUERY,
                AdhocQueryRequestWriter.write(getAssociations)));
        assertThat(associated.status()).as(associated.text()).isEqualTo(200);
        assertThat(AdhocQueryResponseReader.read(SoapEnvelope.parse(associated.body()).payload()).associations())
                .as("the new version is associated RPLC with the old one").singleElement().satisfies(a -> {
                    assertThat(a.type()).isEqualTo("urn:ihe:iti:2007:AssociationType:RPLC");
                    assertThat(a.sourceObject()).isEqualTo(newUuid);
                    assertThat(a.targetObject()).isEqualTo(oldUuid);
                });
        assertThat(retrieve(REPLACE, replacement).documents()).hasSize(1);

        Api.Reply again = Api.post("ClinicalSummary/DocumentReplace", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentReplace", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}]},
                 "Document": {"Replaces": "%s", "Data": "%s"}}""".formatted(REPLACE, authority(REPLACE), old,
                Base64.getEncoder().encodeToString(sample(CONSULT))));
        assertThat(again.status()).as("a deprecated document is replaced once").isEqualTo(400);
        assertThat(again.firstError().path("Message").asText()).contains(replacement);
        Api.Reply unknown = Api.post("ClinicalSummary/DocumentReplace", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentReplace", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}]},
                 "Document": {"Replaces": "1.2.3.4.5.404", "Data": "%s"}}""".formatted(REPLACE, authority(REPLACE),
                Base64.getEncoder().encodeToString(sample(CONSULT))));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Exception");
        assertThat(find(REPLACE, APPROVED, DEPRECATED).documents()).as("nothing stored by the refused calls").hasSize(2);
    }

    @Test
    void aWithdrawnDocumentIsNoLongerDisclosedAnywhereAndTheWithdrawalIsAudited() throws IOException {
        host(WITHDRAW);
        String kept = push(WITHDRAW, sample(CCD));
        String withdrawn = push(WITHDRAW, sample(CONSULT));
        Api.Reply r = Api.post("ClinicalSummary/DocumentWithdraw", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentWithdraw", "FacilityCode": "%s"},
                 "Document": {"ID": "%s"}}""".formatted(WITHDRAW, withdrawn));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("Document").path("WithdrawnAt").asText()).isNotBlank();
        audited("ADMIN", null, withdrawn, "withdrawn");

        assertThat(xcpd(WITHDRAW).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        Gateway.Reply found = findReply(WITHDRAW, lou(WITHDRAW), APPROVED, DEPRECATED);
        assertThat(found.text()).contains(kept).doesNotContain(withdrawn);
        RetrieveDocumentSetResponse retrieved = retrieve(WITHDRAW, withdrawn);
        assertThat(retrieved.documents()).isEmpty();
        assertThat(retrieved.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.DOCUMENT_UNIQUE_ID_ERROR);
        audited("ITI-39", "Refused", "withdrawn", withdrawn);

        Api.Reply unknown = Api.post("ClinicalSummary/DocumentWithdraw", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentWithdraw", "FacilityCode": "%s"},
                 "Document": {"ID": "1.2.3.4.5.404"}}""".formatted(WITHDRAW));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.firstError().path("Field").asText()).isEqualTo("Document.ID");
    }

    @Test
    void aRestrictedDocumentIsWithheldForTreatmentByDefaultAndDisclosedWhenTheCommunityAllowsIt() throws IOException {
        host(RESTRICT);
        String normal = push(RESTRICT, sample(CCD));
        byte[] restrictedBytes = new String(sample(CONSULT), StandardCharsets.UTF_8)
                .replaceFirst("<confidentialityCode code=\"N\"", "<confidentialityCode code=\"R\"").getBytes(StandardCharsets.UTF_8);
        String restricted = push(RESTRICT, restrictedBytes);

        assertThat(xcpd(RESTRICT).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(find(RESTRICT).documents()).extracting(e -> e.uniqueId().value()).containsExactly(normal);
        audited("ITI-38", null, "withheld by confidentiality", restricted);
        assertThat(retrieve(RESTRICT, restricted).documents()).isEmpty();
        audited("ITI-39", "Refused", "withheld by confidentiality", restricted);

        Api.Reply allowed = Api.post("admin/communities", Tokens.admin(), """
                {"HomeCommunityId": "%s", "Name": "Stored Data %s", "AssigningAuthority": "%s", "Mode": "Stored",
                 "PurposesOfUse": ["TREATMENT"], "RestrictedPurposesOfUse": ["TREATMENT"]}""".formatted(RESTRICT, RESTRICT,
                authority(RESTRICT)));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.json().path("RestrictedPurposesOfUse").get(0).asText()).isEqualTo("TREATMENT");
        List<DocumentEntry> now = find(RESTRICT).documents();
        assertThat(now).extracting(e -> e.uniqueId().value()).containsExactlyInAnyOrder(normal, restricted);
        assertThat(now).filteredOn(e -> e.uniqueId().value().equals(restricted))
                .allSatisfy(e -> assertThat(e.codes().confidentialityCodes()).extracting(c -> c.code()).containsExactly("R"));
        assertThat(retrieve(RESTRICT, restricted).documents()).hasSize(1);
    }
}
