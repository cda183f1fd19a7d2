package dev.crossway.interop.xcpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.interop.xml.XmlRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PatientDiscoveryQueryReaderTest {

    @Test
    void readsEveryParameterOfTheNistQuery() {
        PatientDiscoveryQuery q = PatientDiscoveryQueryReader.read(IheSamples.payload("nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
        assertThat(q.messageId()).isEqualTo(InstanceId.of("1.2.840.114350.1.13.0.1.7.1.1", "35423"));
        assertThat(q.creationTime().value()).isEqualTo("20070428150301");
        assertThat(q.queryId()).isEqualTo(InstanceId.of("1.2.840.114350.1.13.28.1.18.5.999", "3809840989"));
        assertThat(q.sender().homeCommunityId()).contains(HomeCommunityId.of("1.2.840.114350.1.13.99998"));
        assertThat(q.receiver().homeCommunityId()).contains(HomeCommunityId.of("2.16.840.1.113883.3.72.6.1"));
        assertThat(q.receiver().id().root()).isEqualTo("2.16.840.1.113883.3.72.6.5.100.155.1");
        assertThat(q.deferred()).isFalse();
        QueryParameters p = q.parameters();
        assertThat(p.names()).containsExactly(
                new PersonName(List.of("Daniel", "Peter"), Optional.of("Evans"), List.of(), List.of("III")),
                PersonName.of("Moore", "Elizabeth"));
        assertThat(p.gender()).contains(Gender.M);
        assertThat(p.birthTime()).contains(BirthTimeCriterion.of("19570423"));
        assertThat(p.subjectIds()).containsExactly(new PatientId("801", Oid.of("1.2.3.4.5.1000")),
                new PatientId("001111111", Oid.of("2.16.840.1.113883.4.1")));
        assertThat(p.addresses()).containsExactly(
                Address.of(List.of("809 First Ave", "XXXXXXXXXXXXXXXXXXXX"), "Springfield", "MO", "40090", "US"),
                Address.of(List.of("19 Main Street"), "Fullerton", "CA", "91891", "US"));
        assertThat(p.telecoms()).containsExactly(new Telecom("tel:+1-920-989-0987", Optional.of("HP")),
                new Telecom("tel:+1-310-625-7161", Optional.of("WP")));
        assertThat(p.principalCareProviderIds()).isEmpty();
        assertThat(p.mothersMaidenName()).isEmpty();
    }

    @Test
    void readsTheIpfQueryWhoseReceiverHasNoCommunity() {
        PatientDiscoveryQuery q = PatientDiscoveryQueryReader.read(IheSamples.payload("oehf-ipf/iti55-sample-request.xml"));
        assertThat(q.sender().homeCommunityId()).contains(HomeCommunityId.of("1.2.3.928.955"));
        assertThat(q.receiver().homeCommunityId()).isEmpty();
        assertThat(q.receiver().telecom()).contains("http://servicelocation/QDQuery");
        assertThat(q.queryId().extension()).contains("18204");
        assertThat(q.parameters().names()).containsExactly(PersonName.of("Jones", "Jimmy"));
        assertThat(q.parameters().birthTime()).contains(BirthTimeCriterion.of("19630805"));
        assertThat(q.parameters().subjectIds()).extracting(PatientId::toCx)
                .containsExactly("1234^^^&1.2.840.114350.1.13.99997.2.3412&ISO", "58910^^^&2.16.840.1.113883.4.1&ISO");
        assertThat(q.deferred()).isFalse();
        assertThat(q.respondTo()).isEmpty();
    }

    @Test
    void recognisesTheDeferredModeQuery() {
        PatientDiscoveryQuery q = PatientDiscoveryQueryReader.read(IheSamples.payload("oehf-ipf/iti55-sample-request-deferred.xml"));
        assertThat(q.deferred()).isTrue();
        assertThat(q.respondTo()).contains("***REPLACEME***");
        assertThat(q.messageId().extension()).contains("35423");
    }

    @Test
    void refusesTheMetriportQueryWhosePayloadIsInTheEbRsNamespace() {
        Element payload = IheSamples.payload("metriport/iti55_request_with_saml.soap.xml");
        assertThatThrownBy(() -> PatientDiscoveryQueryReader.read(payload))
                .isInstanceOf(XcpdMessageException.class)
                .hasMessage("PRPA_IN201305UV02 is in namespace 'urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0', expected urn:hl7-org:v3");
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        String sample = new String(IheSamples.bytes("oehf-ipf/iti55-sample-request.xml"), StandardCharsets.UTF_8);
        String noName = sample.replaceAll("(?s)<livingSubjectName>.*</livingSubjectName>", "");
        assertThatThrownBy(() -> read(noName)).isInstanceOf(XcpdMessageException.class)
                .hasMessageContaining("needs at least one livingSubjectName");
        String noQueryId = sample.replaceAll("<queryId [^>]*/>", "");
        assertThatThrownBy(() -> read(noQueryId))
                .hasMessage("PRPA_IN201305UV02/controlActProcess/queryByParameter: required element queryId is missing");
        String badBirth = sample.replace("19630805", "19631305");
        assertThatThrownBy(() -> read(badBirth)).hasMessageContaining("livingSubjectBirthTime/value")
                .hasMessageContaining("impossible month (13)");
        String badGender = sample.replace("<value code=\"M\"/>", "<value code=\"X\"/>");
        assertThatThrownBy(() -> read(badGender)).hasMessageContaining("gender code 'X'");
        assertThatThrownBy(() -> read(sample.substring(0, sample.length() / 2)))
                .isInstanceOfSatisfying(XmlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.MALFORMED));
    }

    private static PatientDiscoveryQuery read(String xml) {
        return PatientDiscoveryQueryReader.read(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
    }
}
