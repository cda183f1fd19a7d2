package dev.crossway.interop.soap;

import dev.crossway.interop.id.RandomUuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Packages an envelope and its XOP parts as {@code multipart/related} (MTOM, SOAP 1.2). */
public final class MtomWriter {

    private static final String ROOT_ID = "root.message@crossway.dev";

    private MtomWriter() {
    }

    /** The HTTP Content-Type to send and the body bytes. */
    public record Output(String contentType, byte[] body) {
    }

    public static Output write(SoapEnvelope envelope, List<MimePart> parts) {
        String boundary = "MIMEBoundary_" + RandomUuids.next().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out, boundary, "application/xop+xml; charset=UTF-8; type=\"application/soap+xml\"", ROOT_ID);
        out.writeBytes(envelope.toBytes());
        for (MimePart part : parts) {
            ascii(out, "\r\n");
            header(out, boundary, part.contentType(), part.contentId());
            out.writeBytes(part.content());
        }
        ascii(out, "\r\n--" + boundary + "--\r\n");
        String contentType = "multipart/related; boundary=\"" + boundary + "\"; type=\"application/xop+xml\"; start=\"<"
                + ROOT_ID + ">\"; start-info=\"application/soap+xml\"";
        return new Output(contentType, out.toByteArray());
    }

    private static void header(ByteArrayOutputStream out, String boundary, String type, String id) {
        ascii(out, "--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Transfer-Encoding: binary\r\n"
                + "Content-ID: <" + id + ">\r\n\r\n");
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
