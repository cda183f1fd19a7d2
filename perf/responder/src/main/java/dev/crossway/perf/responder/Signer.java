package dev.crossway.perf.responder;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds SOAP 1.2 requests signed as a Carequality initiating gateway signs them: WS-Addressing,
 * a holder-of-key SAML assertion (audience = the endpoint URL) and a signed timestamp. Every
 * request is a new sending for the receiver's replay cache (a fresh timestamp, its own signature):
 * <ul>
 * <li>{@link Assertions#REUSED}: one assertion per endpoint and initiator, issued once per signing
 * thread and valid for {@code assertionValidity}, sent with a fresh timestamp signed by its holder
 * for each message ({@link WsSecurity#secureReusing}, as IHE XUA lets an initiator reuse an
 * assertion within a session): one RSA signature per message;</li>
 * <li>{@link Assertions#FRESH}: a new assertion per message ({@link WsSecurity#secure}): two RSA
 * signatures, needed against a peer whose replay cache keys on the assertion ID alone.</li>
 * </ul>
 * Timestamps live {@link WsSecurity#DEFAULT_TIMESTAMP_TTL} (5 minutes, the server's default cap):
 * the benchmark signs each window's requests just before it.
 */
final class Signer {

    static final String XCPD = "/gateway/xcpd";
    static final String XCA_QUERY = "/gateway/xca/query";
    static final String XCA_RETRIEVE = "/gateway/xca/retrieve";
    static final String ACTION_XCA_QUERY = "urn:ihe:iti:2007:CrossGatewayQuery";
    static final String ACTION_XCA_RETRIEVE = "urn:ihe:iti:2007:CrossGatewayRetrieve";

    enum Assertions { REUSED, FRESH }

    private final String base;
    private final String xcpdPath;
    private final SigningCredential credential;
    private final String community;
    private final String authority;
    private final Duration validity;
    private final Assertions assertions;
    /** The reused assertions of the signing thread, by endpoint path and initiator (a DOM is not shared between threads). */
    private final ThreadLocal<Map<String, Document>> issued = ThreadLocal.withInitial(HashMap::new);

    Signer(String base, String xcpdPath, SigningCredential credential, String community, String authority,
           Duration assertionValidity, Assertions assertions) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.xcpdPath = xcpdPath;
        this.credential = credential;
        this.community = community;
        this.authority = authority;
        this.validity = assertionValidity;
        this.assertions = assertions;
    }

    String url(String path) {
        return base + path;
    }

    /** An ITI-55 query for {@code p}'s demographics (no subject id), asked by initiator community {@code initiator}. */
    byte[] xcpd(Population.Person p, String initiator) {
        String xml = """
                <PRPA_IN201305UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0">
                  <id root="%1$s" extension="%2$s"/>
                  <creationTime value="20261125120000"/>
                  <interactionId root="2.16.840.1.113883.1.6" extension="PRPA_IN201305UV02"/>
                  <processingCode code="P"/>
                  <processingModeCode code="T"/>
                  <acceptAckCode code="AL"/>
                  <receiver typeCode="RCV"><device classCode="DEV" determinerCode="INSTANCE"><id root="%3$s"/>
                    <asAgent classCode="AGNT"><representedOrganization determinerCode="INSTANCE" classCode="ORG"><id root="%3$s"/>
                    </representedOrganization></asAgent></device></receiver>
                  <sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE"><id root="%1$s"/>
                    <asAgent classCode="AGNT"><representedOrganization determinerCode="INSTANCE" classCode="ORG"><id root="%1$s"/>
                    </representedOrganization></asAgent></device></sender>
                  <controlActProcess classCode="CACT" moodCode="EVN">
                    <code code="PRPA_TE201305UV02" codeSystem="2.16.840.1.113883.1.6"/>
                    <queryByParameter>
                      <queryId root="%1$s" extension="%2$s"/>
                      <statusCode code="new"/>
                      <responseModalityCode code="R"/>
                      <responsePriorityCode code="I"/>
                      <parameterList>
                        <livingSubjectAdministrativeGender><value code="%4$s"/><semanticsText>LivingSubject.administrativeGender</semanticsText></livingSubjectAdministrativeGender>
                        <livingSubjectBirthTime><value value="%5$s"/><semanticsText>LivingSubject.birthTime</semanticsText></livingSubjectBirthTime>
                        <livingSubjectName><value><given>%6$s</given><family>%7$s</family></value><semanticsText>LivingSubject.name</semanticsText></livingSubjectName>
                        <patientAddress><value><streetAddressLine>%8$s</streetAddressLine><city>%9$s</city><state>%10$s</state><postalCode>%11$s</postalCode><country>US</country></value><semanticsText>Patient.addr</semanticsText></patientAddress>
                        <patientTelecom><value value="tel:+1-%12$s" use="HP"/><semanticsText>Patient.telecom</semanticsText></patientTelecom>
                      </parameterList>
                    </queryByParameter>
                  </controlActProcess>
                </PRPA_IN201305UV02>""".formatted(initiator, UUID.randomUUID(), community, p.genderCode(),
                p.dob().format(DateTimeFormatter.BASIC_ISO_DATE), p.first(), p.last(), p.street(), p.city(), p.state(), p.zip(),
                p.phone());
        Element payload = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        return sign(xcpdPath, Hl7v3.ACTION_QUERY, payload, initiator);
    }

    byte[] findDocuments(String patientId, String initiator) {
        Element payload = AdhocQueryRequestWriter.write(AdhocQueryRequest.findDocuments(
                new PatientId(patientId, Oid.of(authority)), HomeCommunityId.of(community)));
        return sign(XCA_QUERY, ACTION_XCA_QUERY, payload, initiator);
    }

    byte[] retrieve(String repository, String documentId, String initiator) {
        Element payload = RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(List.of(new DocumentRequest(
                Optional.of(HomeCommunityId.of(community)), new RepositoryUniqueId(repository),
                new DocumentUniqueId(documentId)))));
        return sign(XCA_RETRIEVE, ACTION_XCA_RETRIEVE, payload, initiator);
    }

    private byte[] sign(String path, String action, Element payload, String initiator) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(action, url(path)), payload);
        if (assertions == Assertions.FRESH) {
            WsSecurity.secure(envelope.document(), credential, spec(path, initiator), Clock.systemUTC(),
                    WsSecurity.DEFAULT_TIMESTAMP_TTL);
        } else {
            Document assertion = issued.get().computeIfAbsent(path + " " + initiator,
                    k -> WsSecurity.signedAssertion(credential, spec(path, initiator), Clock.systemUTC()));
            WsSecurity.secureReusing(envelope.document(), assertion, credential, Clock.systemUTC());
        }
        return envelope.toBytes();
    }

    private AssertionSpec spec(String path, String initiator) {
        return AssertionSpec.builder()
                .subjectId("Dr. Load Test")
                .organization("Crossway Load Test Hospital")
                .organizationId("urn:oid:" + initiator)
                .homeCommunityId(HomeCommunityId.of(initiator))
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .npi("1234567893")
                .audience(url(path))
                .validity(validity)
                .build();
    }
}
