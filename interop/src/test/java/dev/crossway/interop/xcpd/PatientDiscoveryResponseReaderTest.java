package dev.crossway.interop.xcpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse.Outcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientDiscoveryResponseReaderTest {

    private static final Oid METRIPORT = Oid.of("2.16.840.1.113883.3.9621");

    private static PatientDiscoveryResponse read(String sample) {
        return PatientDiscoveryResponseReader.read(IheSamples.payload(sample));
    }

    @Test
    void oneMatchWithCustodianScoreAndDemographics() {
        PatientDiscoveryResponse r = read("metriport/xcpd_match.soap.xml");
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.acknowledgementCode()).isEqualTo("AA");
        assertThat(r.targetMessageId()).contains(InstanceId.of("2.16.840.1.113883.3.9621", "1234"));
        assertThat(r.receiver().homeCommunityId()).contains(new HomeCommunityId(METRIPORT));
        PatientMatch m = r.matches().get(0);
        assertThat(m.patientId().value()).startsWith("0ODFmMmVjNGUtYzcx").endsWith("ZmMzOA==");
        assertThat(m.patientId().assigningAuthority()).isEqualTo(METRIPORT);
        assertThat(m.otherIds()).isEmpty();
        assertThat(m.custodian()).contains(new HomeCommunityId(METRIPORT));
        assertThat(m.score()).contains(99);
        assertThat(m.demographics().names()).containsExactly(PersonName.of("NWHINZZZTESTPATIENT", "NWHINONE"));
        assertThat(m.demographics().gender()).contains(Gender.M);
        assertThat(m.demographics().birthTime()).contains(Hl7Time.of("19810101"));
        assertThat(m.demographics().addresses()).containsExactly(
                Address.of(List.of("1100 Test Street"), "Helena", "AL", "05080", "USA"));
        assertThat(m.demographics().telecoms()).isEmpty();
        assertThat(r.echoedParameters().orElseThrow().principalCareProviderIds())
                .containsExactly(InstanceId.of("2.16.840.1.113883.4.6", "1234"));
    }

    @Test
    void matchWithSeveralNamesAddressesTelecomsAndOtherIds() {
        PatientMatch m = read("metriport/xcpd_match_multi_addr_name.soap.xml").matches().get(0);
        assertThat(m.demographics().names()).containsExactly(PersonName.of("NWHINZZZTESTPATIENT", "NWHINONE"),
                PersonName.of("nwhinzzztestpatient", "nwhinone", "bartholomew"), PersonName.of("NWHINZZZTESTPATIENT", "NWHINONE"));
        assertThat(m.demographics().addresses()).hasSize(2)
                .last().satisfies(a -> assertThat(a.streetLines()).containsExactly("1200 Test Street", "APT 1A"));
        assertThat(m.demographics().telecoms()).containsExactly(new Telecom("tel:+1310-000-0000", Optional.of("MC")),
                new Telecom("mailto:test@test.com", Optional.of("H")));
        assertThat(m.otherIds()).containsExactly(new PatientId("987564321", METRIPORT));
    }

    @Test
    void matchWithoutAddress() {
        PatientDiscoveryResponse r = read("metriport/xcpd_match_no_addresses.soap.xml");
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.matches().get(0).demographics().addresses()).isEmpty();
        assertThat(r.matches().get(0).patientId().value()).startsWith("ODFmMmVjNGUt");
    }

    @Test
    void noMatch() {
        PatientDiscoveryResponse r = read("metriport/xcpd_no_match.soap.xml");
        assertThat(r.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(r.queryResponseCode()).isEqualTo("NF");
        assertThat(r.matches()).isEmpty();
        assertThat(r.queryId()).contains(InstanceId.of("1.2.840.114350.1.13.28.1.18.5.999", "18204"));
        assertThat(r.receiver().homeCommunityId()).contains(HomeCommunityId.of("2.16.840.1.113883.3.3126.2.4.40989.5"));
    }

    @Test
    void errorWithInternalErrorAndAcknowledgementDetail() {
        PatientDiscoveryResponse r = read("metriport/xcpd_error.soap.xml");
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.acknowledgementCode()).isEqualTo("AE");
        assertThat(r.queryResponseCode()).isEqualTo("AE");
        assertThat(r.errorCodes()).containsExactly(DetectedIssue.INTERNAL_ERROR);
        assertThat(r.acknowledgementDetails()).containsExactly(new AcknowledgementDetail("E", Optional.of("INTERR"),
                Optional.of("2.16.840.1.113883.5.1100"), Optional.of("No binding for namespace prefix urn")));
        assertThat(r.targetMessageId().orElseThrow().extension()).contains("018ebe9f-e337-712f-8349-7333696a481a");
    }

    @Test
    void severalMatchesOfTheIpfSample() {
        PatientDiscoveryResponse r = read("oehf-ipf/iti55-sample-response.xml");
        assertThat(r.outcome()).isEqualTo(Outcome.MULTIPLE_MATCHES);
        assertThat(r.matches()).extracting(m -> m.patientId().value()).containsExactly("34827K410", "34827R534");
        assertThat(r.matches()).extracting(PatientMatch::score).containsExactly(Optional.of(92), Optional.of(85));
        assertThat(r.matches()).extracting(PatientMatch::custodian)
                .containsOnly(Optional.of(HomeCommunityId.of("1.2.840.114350.1.13.99998.8734")));
        PatientMatch first = r.matches().get(0);
        assertThat(first.otherIds()).extracting(PatientId::toCx).containsExactly(
                "38273D433^^^&1.2.840.114350.1.13.99997.2.3412&ISO", "999-88-6345^^^&2.16.840.1.113883.4.1&ISO");
        assertThat(first.demographics().telecoms()).extracting(Telecom::value)
                .containsExactly("tel:+1-481-555-7684;ext=2342", "tel:+1-765-555-4352");
        assertThat(first.demographics().birthTime()).contains(Hl7Time.of("19630804"));
        assertThat(r.receiver().homeCommunityId()).contains(HomeCommunityId.of("1.2.3.928.955"));
        assertThat(r.targetMessageId()).contains(InstanceId.of("1.2.840.114350.1.13.0.1.7.1.1", "35423"));
    }

    @Test
    void refusesTheNistResponseWithAnImpossibleBirthTime() {
        assertThatThrownBy(() -> read("nist-iheos-toolkit2/iti55_PRPA_IN201306UV02.xml"))
                .isInstanceOf(XcpdMessageException.class)
                .hasMessage("PRPA_IN201306UV02/controlActProcess/subject[1]/registrationEvent/subject1/patient/patientPerson/birthTime: "
                        + "HL7 timestamp '19849711' has an impossible month (97)");
    }
}
