import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The release test's partner gateway (scripts/release-test.sh), run as a source file on the classpath of
 * the released EAR's own lib/ (the interop library under test):
 *
 *   sign KEY.pem CERT.pem URL QUERY.xml OUT.xml   an XCPD request as a Carequality partner sends it: SOAP 1.2,
 *                                                 WS-Addressing, a holder-of-key assertion signed with KEY for URL
 *   read RESPONSE.xml                             prints the answer's outcome and the matched patient ids
 * (curl posts the request over mutual TLS, as scripts/mtls-test.sh does.)
 */
public final class SignedXcpd {

    public static void main(String[] args) throws Exception {
        if ("sign".equals(args[0])) {
            SigningCredential partner = SigningCredential.fromPem(Files.readString(Path.of(args[1])), Files.readString(Path.of(args[2])));
            String url = args[3];
            AssertionSpec spec = AssertionSpec.builder()
                    .subjectId("Dr. Release Test")
                    .organization("Crossway Release Test Hospital")
                    .organizationId("urn:oid:2.16.840.1.113883.3.9999.43")
                    .homeCommunityId(HomeCommunityId.of("2.16.840.1.113883.3.9999.43"))
                    .role(CodedValue.role("112247003", "Medical doctor"))
                    .purposeOfUse(CodedValue.treatment())
                    .npi("1234567893")
                    .audience(url)
                    .build();
            SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(Hl7v3.ACTION_QUERY, url),
                    SecureXml.parse(Files.readAllBytes(Path.of(args[4]))).getDocumentElement());
            WsSecurity.secure(envelope.document(), partner, spec, Clock.systemUTC());
            Files.write(Path.of(args[5]), envelope.toBytes());
        } else {
            PatientDiscoveryResponse response = PatientDiscoveryResponseReader.read(
                    SoapEnvelope.parse(Files.readAllBytes(Path.of(args[1]))).payload());
            System.out.println("outcome=" + response.outcome());
            response.matches().forEach(m -> System.out.println("patient=" + m.patientId().value()));
        }
    }
}
