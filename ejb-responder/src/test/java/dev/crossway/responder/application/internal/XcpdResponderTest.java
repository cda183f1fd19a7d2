package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.AcknowledgementDetail;
import dev.crossway.interop.xcpd.CorrelationTimeToLive;
import dev.crossway.interop.xcpd.DetectedIssue;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryAck;
import dev.crossway.interop.xcpd.PatientDiscoveryAckReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse.Outcome;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The five ITI-55 response cases (and NS250, routing, policy, the cache) from the NIST and IPF sample queries. */
class XcpdResponderTest {

    static final String HCID = "2.16.840.1.113883.3.72.6.1";
    static final String AUTHORITY = HCID + ".1";

    private GatewayFixture f;

    @BeforeEach
    void host() {
        f = new GatewayFixture();
        f.host(HCID, AUTHORITY);
    }

    private void register(String id, String first, String last, String street) {
        f.patientService.register(new PatientForm(HCID, List.of(new PatientId(id, Oid.of(AUTHORITY))), first, "Peter", last,
                LocalDate.of(1957, 4, 23), "Male", street, "Springfield", "MO", "40090", "920-989-0987", null), "test");
    }

    private GatewayReply ask(Element payload) {
        return f.post(GatewayEndpoint.XCPD, GatewayFixture.signed(payload, Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL));
    }

    private static PatientDiscoveryResponse response(GatewayReply reply) {
        assertThat(reply.httpStatus()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    @Test
    void theNistQueryMatchesTheRegisteredPatient() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        byte[] request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL);
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, request);

        PatientDiscoveryResponse r = response(reply);
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.matches().get(0).patientId()).isEqualTo(new PatientId("DE-1", Oid.of(AUTHORITY)));
        assertThat(r.matches().get(0).custodian()).contains(HomeCommunityId.of(HCID));
        assertThat(r.matches().get(0).score()).contains(100);
        SoapEnvelope envelope = GatewayFixture.envelope(reply);
        assertThat(CorrelationTimeToLive.read(envelope)).contains(new CorrelationTimeToLive(Duration.ofHours(24)));
        assertThat(envelope.addressing().action()).contains(Hl7v3.ACTION_RESPONSE);
        assertThat(envelope.addressing().relatesTo()).isEqualTo(SoapEnvelope.parse(request).addressing().messageId());
        AuditRecord audit = f.audit.get(f.audit.size() - 1);
        assertThat(audit.patient()).isEqualTo("DE-1^^^&" + AUTHORITY + "&ISO");
        assertThat(audit.initiator().homeCommunityId()).isEqualTo(GatewayFixture.INITIATOR.oid().value());
        assertThat(audit.initiator().purposeOfUse()).isEqualTo("TREATMENT");
        assertThat(audit.outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.SUCCESS);
    }

    @Test
    void theClientCertificateOfTheTlsHandshakeIsInTheAuditRecordOfAnswerAndRefusal() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        byte[] request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL);
        response(f.postOverMutualTls(GatewayEndpoint.XCPD, request, "CN=Partner Gateway,O=Partner"));
        AuditRecord answered = f.audit.get(f.audit.size() - 1);
        assertThat(answered.clientCertificate()).isEqualTo("CN=Partner Gateway,O=Partner");
        assertThat(answered.remoteAddress()).isEqualTo("192.0.2.10");

        f.postOverMutualTls(GatewayEndpoint.XCPD, "not a SOAP message".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "CN=Partner Gateway,O=Partner");
        AuditRecord refused = f.audit.get(f.audit.size() - 1);
        assertThat(refused.outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
        assertThat(refused.clientCertificate()).isEqualTo("CN=Partner Gateway,O=Partner");
    }

    @Test
    void twoPatientsAboveTheThresholdAreSeveralMatches() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        register("DE-2", "Daniel", "Evans", "809 First Avenue");
        PatientDiscoveryResponse r = response(ask(Hl7Edits.nist()));
        assertThat(r.outcome()).isEqualTo(Outcome.MULTIPLE_MATCHES);
        assertThat(r.matches()).extracting(m -> m.patientId().value()).containsExactlyInAnyOrder("DE-1", "DE-2");
        assertThat(f.audit.stream().filter(a -> a.patient() != null && a.requestId().equals(f.audit.get(f.audit.size() - 1).requestId())))
                .hasSize(2).as("one disclosure record per patient");
    }

    @Test
    void nameAndBirthDateAloneAskForMoreAttributes() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        Element query = Hl7Edits.without(Hl7Edits.nist(), "livingSubjectAdministrativeGender", "patientAddress", "patientTelecom");
        PatientDiscoveryResponse r = response(ask(query));
        assertThat(r.outcome()).isEqualTo(Outcome.MORE_ATTRIBUTES_REQUESTED);
        assertThat(r.requestedAttributes()).containsExactly(DetectedIssue.GENDER_REQUESTED, DetectedIssue.ADDRESS_REQUESTED,
                DetectedIssue.TELECOM_REQUESTED);
    }

    @Test
    void theIpfQueryForAnUnknownPersonIsNoMatch() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        PatientDiscoveryResponse r = response(ask(Hl7Edits.receiver(Hl7Edits.ipf("iti55-sample-request.xml"), HCID)));
        assertThat(r.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(r.queryResponseCode()).isEqualTo("NF");
    }

    @Test
    void anUnhostedCommunityIsAnErrorResponse() {
        PatientDiscoveryResponse r = response(ask(Hl7Edits.receiver(Hl7Edits.nist(), "1.2.3.4.5")));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.acknowledgementCode()).isEqualTo("AE");
        assertThat(r.errorCodes()).containsExactly(DetectedIssue.INTERNAL_ERROR);
        assertThat(r.acknowledgementDetails().get(0).text()).get().asString().contains("not hosted");
    }

    @Test
    void aReceiverWithoutCommunityIsAnErrorResponse() {
        PatientDiscoveryResponse r = response(ask(Hl7Edits.ipf("iti55-sample-request.xml")));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void aPurposeOfUseOutsideThePolicyIsRefusedAndAudited() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        byte[] request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.spec(GatewayFixture.XCPD_URL).purposeOfUse(CodedValue.purposeOfUse("PAYMENT", "Payment")).build(),
                GatewayFixture.PARTNER, Clock.systemUTC());
        PatientDiscoveryResponse r = response(f.post(GatewayEndpoint.XCPD, request));
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.acknowledgementDetails().get(0).text()).get().asString().contains("policy").contains("PAYMENT");
        assertThat(f.audit.get(f.audit.size() - 1).outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
    }

    @Test
    void aMatchCorrelatesThePatientIdForThisInitiatorOnly() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        assertThat(f.correlations.keys()).isEmpty();
        PatientDiscoveryResponse r = response(ask(Hl7Edits.nist()));
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(f.correlations.keys()).containsExactly(dev.crossway.responder.domain.identity.Correlations.key(
                GatewayFixture.INITIATOR.oid().value(), HCID, r.matches().get(0).patientId().toCx()));
    }

    @Test
    void aConfiguredPurposeOfUseIsAnswered() {
        f.host(HCID, AUTHORITY, "TREATMENT", "PAYMENT");
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        byte[] request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.spec(GatewayFixture.XCPD_URL).purposeOfUse(CodedValue.purposeOfUse("PAYMENT", "Payment")).build(),
                GatewayFixture.PARTNER, Clock.systemUTC());
        assertThat(response(f.post(GatewayEndpoint.XCPD, request)).outcome()).isEqualTo(Outcome.MATCH);
    }

    @Test
    void aDeferredQueryGetsTheNs250Acknowledgement() {
        Element deferred = Hl7Edits.receiver(Hl7Edits.ipf("iti55-sample-request-deferred.xml"), HCID);
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, GatewayFixture.signed(deferred, Hl7v3.ACTION_DEFERRED_QUERY,
                GatewayFixture.XCPD_URL));
        assertThat(reply.httpStatus()).isEqualTo(200);
        PatientDiscoveryAck ack = PatientDiscoveryAckReader.read(GatewayFixture.envelope(reply).payload());
        assertThat(ack.acknowledgementCode()).isEqualTo("AE");
        assertThat(ack.details()).extracting(d -> d.code().orElse(null)).containsExactly(AcknowledgementDetail.UNSUPPORTED_PROCESSING_MODE);
    }

    @Test
    void anIdUnderTheCommunitysAuthorityMatchesDirectly() {
        register("DE-9", "Dan", "Evans-Smith", "1 Elsewhere");
        PatientDiscoveryResponse r = response(ask(Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY, "DE-9")));
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.matches().get(0).patientId().value()).isEqualTo("DE-9");
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheIdentityCacheUntilThePatientChanges() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        assertThat(response(ask(Hl7Edits.nist())).outcome()).isEqualTo(Outcome.MATCH);
        int lookups = f.patients.candidateQueries;
        assertThat(response(ask(Hl7Edits.nist())).outcome()).isEqualTo(Outcome.MATCH);
        assertThat(f.identities.hits).isEqualTo(1);
        assertThat(f.patients.candidateQueries).isEqualTo(lookups).as("a hit reads no candidates");

        f.patientService.update(new PatientForm(HCID, List.of(new PatientId("DE-1", Oid.of(AUTHORITY))), "Daniel", "Peter",
                "Evans", LocalDate.of(1957, 4, 24), "Male", "809 First Ave", "Springfield", "MO", "40090", null, null), "test");
        assertThat(f.identities.entries).isEmpty();
        assertThat(response(ask(Hl7Edits.nist())).outcome()).isNotEqualTo(Outcome.MATCH);
    }

    @Test
    void aNewPatientIsFoundEvenAfterANoMatchWasCached() {
        assertThat(response(ask(Hl7Edits.nist())).outcome()).isEqualTo(Outcome.NO_MATCH);
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        assertThat(response(ask(Hl7Edits.nist())).outcome()).isEqualTo(Outcome.MATCH);
    }

    /** The NIST query naming {@code id} under the community's authority, with another family name and birth date. */
    private static Element contradicting(String id) {
        Element query = Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY, id);
        Hl7Edits.setAll(query, "family", "Quixotebottom");
        Hl7Edits.birthTime(query, "19800101");
        return query;
    }

    private static String text(GatewayReply reply) {
        return new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anIdWhoseDemographicsAreContradictedDisclosesNothingAndIsAuditedAsRefused() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        GatewayReply reply = ask(contradicting("DE-1"));
        PatientDiscoveryResponse r = response(reply);
        assertThat(r.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(r.matches()).isEmpty();
        assertThat(text(reply)).doesNotContain("Evans").doesNotContain("19570423").doesNotContain("patientPerson")
                .doesNotContain("<subject");
        AuditRecord audit = f.audit.get(f.audit.size() - 1);
        assertThat(audit.outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
        assertThat(audit.patient()).isNull();
        assertThat(audit.detail()).contains(PatientIndex.IDENTIFIER_CONTRADICTED);
    }

    @Test
    void aContradictedIdIsAlsoRefusedFromTheIdentityCache() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        assertThat(response(ask(contradicting("DE-1"))).outcome()).isEqualTo(Outcome.NO_MATCH);
        GatewayReply again = ask(contradicting("DE-1"));
        assertThat(f.identities.hits).isEqualTo(1);
        assertThat(response(again).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(text(again)).doesNotContain("Evans").doesNotContain("19570423");
        AuditRecord audit = f.audit.get(f.audit.size() - 1);
        assertThat(audit.outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
        assertThat(audit.detail()).contains(PatientIndex.IDENTIFIER_CONTRADICTED).contains("identity cache");
    }

    @Test
    void aCachedMatchForTheRightDemographicsNeverAnswersTheWrongOnes() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        assertThat(response(ask(Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY, "DE-1"))).outcome()).isEqualTo(Outcome.MATCH);
        assertThat(response(ask(contradicting("DE-1"))).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(f.identities.hits).as("another key: not answered from the first query's entry").isZero();
    }

    @Test
    void anIdWithOnlyTheBirthYearIsNotConfirmed() {
        register("DE-1", "Daniel", "Evans", "809 First Ave");
        Element query = Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY, "DE-1");
        Hl7Edits.birthTime(query, "1957");
        PatientDiscoveryResponse r = response(ask(query));
        assertThat(r.outcome()).isNotEqualTo(Outcome.MATCH);
        assertThat(r.matches()).isEmpty();
        assertThat(f.audit.get(f.audit.size() - 1).detail()).contains(PatientIndex.IDENTIFIER_CONTRADICTED);
    }

    @Test
    void anIdConfirmedByFamilyAndBirthDateDisclosesNeitherTheGivenNameItDidNotKnowNorOtherIds() {
        f.patientService.register(new PatientForm(HCID, List.of(new PatientId("DE-9", Oid.of(AUTHORITY)),
                new PatientId("001111111", Oid.of("2.16.840.1.113883.4.1"))), "Dan", null, "Evans-Smith",
                LocalDate.of(1957, 4, 23), "Male", "1 Elsewhere", "Springfield", "MO", "40090", "555-111-2222", null), "test");
        GatewayReply reply = ask(Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY, "DE-9"));
        PatientDiscoveryResponse r = response(reply);
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        var m = r.matches().get(0);
        assertThat(m.patientId()).isEqualTo(new PatientId("DE-9", Oid.of(AUTHORITY)));
        assertThat(m.otherIds()).isEmpty();
        assertThat(m.demographics().names()).singleElement().satisfies(n -> {
            assertThat(n.family()).contains("Evans-Smith");
            assertThat(n.given()).as("the query said Daniel: Dan is not disclosed").isEmpty();
        });
        assertThat(m.demographics().addresses()).isEmpty();
        assertThat(m.demographics().telecoms()).isEmpty();
        assertThat(text(reply)).doesNotContain("1 Elsewhere").doesNotContain("5551112222").doesNotContain("555-111-2222");
    }

    @Test
    void aDemographicMatchAnswersWithIdNameGenderAndBirthTimeOnly() {
        f.patientService.register(new PatientForm(HCID, List.of(new PatientId("DE-1", Oid.of(AUTHORITY)),
                new PatientId("MRN-77", Oid.of("1.2.840.99.1"))), "Daniel", "Peter", "Evans", LocalDate.of(1957, 4, 23), "Male",
                "809 First Ave", "Springfield", "MO", "40090", "920-989-0987", null), "test");
        GatewayReply reply = ask(Hl7Edits.without(Hl7Edits.nist(), "livingSubjectId"));
        PatientDiscoveryResponse r = response(reply);
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        var m = r.matches().get(0);
        assertThat(m.patientId().value()).isEqualTo("DE-1");
        assertThat(m.otherIds()).isEmpty();
        assertThat(m.demographics().names().get(0).given()).containsExactly("Daniel");
        assertThat(m.demographics().gender()).contains(dev.crossway.interop.xcpd.Gender.M);
        assertThat(m.demographics().birthTime()).map(t -> t.value()).contains("19570423");
        assertThat(m.demographics().addresses()).isEmpty();
        assertThat(m.demographics().telecoms()).isEmpty();
        assertThat(text(reply)).doesNotContain("MRN-77").doesNotContain("1.2.840.99.1");
    }
}
