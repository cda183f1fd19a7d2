package dev.crossway.interop.soap;

import dev.crossway.interop.xml.SecureXml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a SOAP message from its HTTP Content-Type and body: plain {@code application/soap+xml},
 * or {@code multipart/related} XOP (MTOM). Tolerates what real partners send (quoted or unquoted
 * boundaries, LF-only line breaks, empty parts, a root part not first) and refuses, with a
 * message saying why, what cannot be read safely (too large, too many parts, truncated).
 */
public final class MtomReader {

    /** 64 MiB: room for the 1 to 9 documents a real retrieve answers with. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    public static final int MAX_PARTS = 1000;

    private MtomReader() {
    }

    public static MtomMessage read(String contentType, byte[] body) {
        return read(contentType, body, DEFAULT_MAX_BYTES);
    }

    public static MtomMessage read(String contentType, byte[] body, int maxBytes) {
        if (body == null || body.length == 0) {
            throw new SoapMessageException("message body is empty");
        }
        if (body.length > maxBytes) {
            throw new SoapMessageException(SoapMessageException.Reason.TOO_LARGE,
                    "message of " + body.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        MediaType type = MediaType.parse(contentType);
        if (!type.type().equals("multipart/related")) {
            if (type.type().equals("text/xml")) {
                throw new SoapMessageException("Content-Type text/xml is SOAP 1.1; send SOAP 1.2 as application/soap+xml");
            }
            if (!type.type().equals("application/soap+xml") && !type.type().equals("application/xml")) {
                throw new SoapMessageException("Content-Type " + type.type() + " is neither SOAP 1.2 nor multipart/related");
            }
            return new MtomMessage(SoapEnvelope.parse(body), Map.of());
        }
        String boundary = type.parameter("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new SoapMessageException("multipart/related Content-Type has no boundary parameter");
        }
        List<MimePart> parts = MultipartSplitter.split(body, boundary, MAX_PARTS);
        Map<String, MimePart> byId = new LinkedHashMap<>();
        for (MimePart p : parts) {
            byId.put(p.contentId(), p);
        }
        MimePart root = root(type, parts, byId);
        MediaType rootType = MediaType.parse(root.contentType());
        if ("text/xml".equals(rootType.parameter("type"))) {
            throw new SoapMessageException("MTOM root part carries SOAP 1.1 (type=\"text/xml\"); send SOAP 1.2");
        }
        if (!rootType.type().equals("application/xop+xml") && !rootType.type().equals("application/soap+xml")) {
            throw new SoapMessageException("MTOM root part has Content-Type " + rootType.type() + ", expected application/xop+xml");
        }
        SoapEnvelope envelope = SoapEnvelopeReader.read(SecureXml.parse(root.content()));
        Map<String, MimePart> attachments = new LinkedHashMap<>(byId);
        attachments.remove(root.contentId());
        return new MtomMessage(envelope, attachments);
    }

    private static MimePart root(MediaType type, List<MimePart> parts, Map<String, MimePart> byId) {
        if (parts.isEmpty()) {
            throw new SoapMessageException("multipart/related message has no parts");
        }
        String start = type.parameter("start");
        if (start == null) {
            return parts.get(0);
        }
        MimePart root = byId.get(XopResolver.contentId(start));
        if (root == null) {
            throw new SoapMessageException("multipart/related start part " + start + " is not in the message");
        }
        return root;
    }
}
