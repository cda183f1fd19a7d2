package dev.crossway.interop.xcpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.Schemas;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PatientDiscoveryWritersTest {

    private static final HomeCommunityId US = HomeCommunityId.of("2.16.840.1.113883.3.9621");
    private static final HomeCommunityId THEM = HomeCommunityId.of("1.2.840.114350.1.13.99998");

    static PatientDiscoveryQuery query(boolean deferred) {
        QueryParameters p = new QueryParameters(
                List.of(PersonName.of("Evans", "Daniel", "Peter"), new PersonName(List.of("Dan"), Optional.of("Evans"),
                        List.of("Dr"), List.of("III"))),
                Optional.of(BirthTimeCriterion.range("1957", "195705")), Optional.of(Gender.M),
                List.of(Address.of(List.of("809 First Ave"), "Springfield", "MO", "40090", "US")),
                List.of(new Telecom("tel:+1-920-989-0987", Optional.of("HP"))),
                List.of(new PatientId("001111111", Oid.of("2.16.840.1.113883.4.1"))),
                List.of(InstanceId.of("2.16.840.1.113883.4.6", "1234567890")), Optional.of(PersonName.of("Smith")));
        return new PatientDiscoveryQuery(InstanceId.of("2.16.840.1.113883.3.9621.1", "m-1"), Hl7Time.of("20240407030724"),
                Device.of("2.16.840.1.113883.3.9621.2", US), Device.of("1.2.840.114350.1.13.99998.8735", THEM),
                InstanceId.of("2.16.840.1.113883.3.9621.3", "q-1"), deferred,
                deferred ? Optional.of("https://gw.example.org/deferred") : Optional.empty(), p);
    }

    static PatientMatch match(String id, int score) {
        return new PatientMatch(new PatientId(id, THEM.oid()), List.of(new PatientId("999-88-6345", Oid.of("2.16.840.1.113883.4.1"))),
                new Demographics(List.of(PersonName.of("Evans", "Daniel")), Optional.of(Gender.M), Optional.of(Hl7Time.of("19570423")),
                        List.of(Address.of(List.of("809 First Ave"), "Springfield", "MO", "40090", "US")),
                        List.of(Telecom.of("tel:+1-920-989-0987"))),
                Optional.of(THEM), Optional.of(score));
    }

    @Test
    void queryRoundTripsAndValidates() {
        for (boolean deferred : List.of(false, true)) {
            PatientDiscoveryQuery q = query(deferred);
            Element written = PatientDiscoveryQueryWriter.write(q);
            Schemas.validate(written, Schemas.HL7V3 + "PRPA_IN201305UV02.xsd");
            assertThat(PatientDiscoveryQueryReader.read(written)).isEqualTo(q);
        }
    }

    @Test
    void everyResponseCaseRoundTripsAndValidates() {
        PatientDiscoveryQuery q = query(false);
        InstanceId id = InstanceId.of("1.2.840.114350.1.13.99998.1", "r-1");
        List<PatientDiscoveryResponse> responses = List.of(
                PatientDiscoveryResponses.matches(q, id, List.of(match("34827K410", 92))),
                PatientDiscoveryResponses.matches(q, id, List.of(match("34827K410", 92), match("34827R534", 85))),
                PatientDiscoveryResponses.moreAttributesRequested(q, id, List.of(DetectedIssue.GENDER_REQUESTED, DetectedIssue.ADDRESS_REQUESTED)),
                PatientDiscoveryResponses.noMatch(q, id),
                PatientDiscoveryResponses.error(q, id, DetectedIssue.RESPONDER_BUSY, "try later"));
        assertThat(responses).extracting(PatientDiscoveryResponse::outcome).containsExactly(Outcome.MATCH, Outcome.MULTIPLE_MATCHES,
                Outcome.MORE_ATTRIBUTES_REQUESTED, Outcome.NO_MATCH, Outcome.ERROR);
        for (PatientDiscoveryResponse r : responses) {
            Element written = PatientDiscoveryResponseWriter.write(r);
            Schemas.validate(written, Schemas.HL7V3 + "PRPA_IN201306UV02.xsd");
            assertThat(PatientDiscoveryResponseReader.read(written)).isEqualTo(r);
        }
        assertThat(responses.get(2).requestedAttributes()).containsExactly("LivingSubjectAdministrativeGenderRequested", "PatientAddressRequested");
        assertThat(responses.get(4).errorCodes()).containsExactly("ResponderBusy");
        assertThat(responses.get(4).receiver()).isEqualTo(q.sender());
    }

    @Test
    void deferredModeRefusalIsAnAckWithNs250() {
        PatientDiscoveryAck ack = PatientDiscoveryAck.deferredModeUnsupported(query(true), InstanceId.of("1.2.840.114350.1.13.99998.1", "a-1"));
        Element written = PatientDiscoveryAckWriter.write(ack);
        Schemas.validate(written, Schemas.HL7V3 + "MCCI_IN000002UV01.xsd");
        PatientDiscoveryAck read = PatientDiscoveryAckReader.read(written);
        assertThat(read).isEqualTo(ack);
        assertThat(read.acknowledgementCode()).isEqualTo("AE");
        assertThat(read.targetMessageId()).isEqualTo(InstanceId.of("2.16.840.1.113883.3.9621.1", "m-1"));
        assertThat(read.details()).singleElement().satisfies(d -> {
            assertThat(d.code()).contains("NS250");
            assertThat(d.codeSystem()).contains("2.16.840.1.113883.5.1100");
        });
    }

    @Test
    void correlationTimeToLiveHeaderIsWrittenAndRead() {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(Hl7v3.ACTION_RESPONSE, null),
                PatientDiscoveryResponseWriter.write(PatientDiscoveryResponses.noMatch(query(false), InstanceId.of("1.2.3", "x"))));
        new CorrelationTimeToLive(Duration.ofDays(7)).write(envelope);
        SoapEnvelope read = SoapEnvelope.parse(envelope.toBytes());
        assertThat(CorrelationTimeToLive.read(read)).contains(new CorrelationTimeToLive(Duration.ofDays(7)));
        assertThat(CorrelationTimeToLive.read(SoapEnvelope.parse(SoapEnvelope.create(WsAddressing.request("a", null),
                PatientDiscoveryQueryWriter.write(query(false))).toBytes()))).isEmpty();
        read.headerElements(Hl7v3.XCPD_NS, "CorrelationTimeToLive").get(0).setTextContent("next week");
        assertThatThrownBy(() -> CorrelationTimeToLive.read(read)).isInstanceOf(XcpdMessageException.class)
                .hasMessageContaining("CorrelationTimeToLive 'next week' is not an xs:duration");
    }

    @Test
    void inconsistentResponsesCannotBeBuilt() {
        PatientDiscoveryQuery q = query(false);
        assertThatThrownBy(() -> new PatientDiscoveryResponse(q.messageId(), Hl7Time.now(), q.receiver(), q.sender(), "AA",
                Optional.empty(), List.of(), Optional.empty(), "NF", List.of(match("1", 1)), List.of(), Optional.empty()))
                .hasMessageContaining("NF (no match) but 1 patient(s)");
        assertThatThrownBy(() -> BirthTimeCriterion.range(null, null)).hasMessageContaining("either a value or a low/high range");
        assertThat(Hl7Time.of("197003").precision()).isEqualTo(6);
        assertThatThrownBy(() -> Hl7Time.of("19700230")).hasMessageContaining("impossible day (30)");
    }
}
