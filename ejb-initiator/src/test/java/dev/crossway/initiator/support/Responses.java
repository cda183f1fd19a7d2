package dev.crossway.initiator.support;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.SoapFaultWriter;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestReader;
import dev.crossway.interop.xca.RetrieveResponseWriter;
import dev.crossway.interop.xca.RetrievedDocument;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.testsupport.Shared;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.w3c.dom.Element;

/** Answers the fake peers give, built with interop's writers or read from the real samples. */
public final class Responses {

    private Responses() {
    }

    public static byte[] soap(Element payload, String action) {
        WsAddressing a = new WsAddressing(Optional.of(action), Optional.of(WsAddressing.newMessageId()), Optional.empty(),
                Optional.empty(), Optional.empty());
        return SoapEnvelope.create(a, payload).toBytes();
    }

    /** A sample file served as it is. */
    public static byte[] sample(String relative) {
        return Shared.bytes("samples/ihe/" + relative);
    }

    /** A bare HL7v3 payload sample (NIST) wrapped in a SOAP 1.2 envelope. */
    public static byte[] wrapped(String relative, String action) {
        return soap(SecureXml.parse(sample(relative)).getDocumentElement(), action);
    }

    public static byte[] fault(String reason) {
        return soap(SoapFaultWriter.write(SoapFault.receiver(reason)), "http://www.w3.org/2005/08/addressing/soap/fault");
    }

    public static byte[] malformed() {
        return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><oops>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A peer that matches whoever is asked about, under {@code patientId} in {@code authority}. */
    public static Function<byte[], FakePeers.Reply> xcpdMatch(String patientId, String authority) {
        return request -> {
            PatientDiscoveryQuery q = PatientDiscoveryQueryReader.read(SoapEnvelope.parse(request).payload());
            PersonName name = q.parameters().names().get(0);
            PatientMatch m = new PatientMatch(new PatientId(patientId, Oid.of(authority)), List.of(),
                    new dev.crossway.interop.xcpd.Demographics(List.of(name), q.parameters().gender(),
                            q.parameters().birthTime().flatMap(b -> b.value()), List.of(), List.of()),
                    Optional.of(HomeCommunityId.of(authority)), Optional.empty());
            Element payload = PatientDiscoveryResponseWriter.write(
                    PatientDiscoveryResponses.matches(q, InstanceId.of(UUID.randomUUID().toString()), List.of(m)));
            return FakePeers.Reply.soap(soap(payload, Hl7v3.ACTION_RESPONSE));
        };
    }

    /** A retrieve peer answering every document asked for with {@code content} as text/xml. */
    public static Function<byte[], FakePeers.Reply> retrieveServing(Function<String, byte[]> contentById) {
        return request -> {
            RetrieveDocumentSetRequest r = RetrieveRequestReader.read(SoapEnvelope.parse(request).payload());
            List<RetrievedDocument> docs = r.documents().stream().map((DocumentRequest d) -> RetrievedDocument.of(
                    d.homeCommunityId().orElse(HomeCommunityId.of("1.2.3")), d.repositoryUniqueId(), d.documentUniqueId(),
                    "text/xml", contentById.apply(d.documentUniqueId().value()))).toList();
            Element payload = RetrieveResponseWriter.write(RetrieveDocumentSetResponse.success(docs));
            return FakePeers.Reply.soap(soap(payload, EbXml.ACTION_RETRIEVE_RESPONSE));
        };
    }
}
