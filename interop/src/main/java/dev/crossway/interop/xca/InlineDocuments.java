package dev.crossway.interop.xca;

import dev.crossway.interop.id.RandomUuids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Documents a retrieve answer carries inline in base64, written into the answer's bytes once its
 * envelope is serialised instead of into its DOM. The DOM holds a placeholder per document (one
 * random marker per answer, which no part of a request can guess); {@link #splice} replaces each
 * with the document's base64, giving the same bytes as a text node of that base64 would. A 200 KB
 * document is then encoded once, straight into the answer, rather than held as a 270 KB string in
 * a text node, scanned character by character by the serialiser and copied from its buffer to a
 * string and from the string to UTF-8 bytes.
 */
public final class InlineDocuments {

    private final String marker = "crossway-inline-" + RandomUuids.next() + "-";
    private final List<byte[]> contents = new ArrayList<>();

    /** The placeholder of {@code content} (the next document in the answer's order). */
    String placeholder(byte[] content) {
        contents.add(content);
        return marker + (contents.size() - 1) + ".";
    }

    /**
     * {@code xml} (the serialised answer, holding each placeholder once, in the order they were
     * given) with each placeholder replaced by its document in base64.
     */
    public byte[] splice(byte[] xml) {
        if (contents.isEmpty()) {
            return xml;
        }
        Base64.Encoder base64 = Base64.getEncoder();
        int[] at = new int[contents.size()];
        byte[][] tokens = new byte[contents.size()][];
        long length = xml.length;
        int from = 0;
        for (int i = 0; i < at.length; i++) {
            tokens[i] = (marker + i + ".").getBytes(StandardCharsets.US_ASCII);
            at[i] = indexOf(xml, tokens[i], from);
            if (at[i] < 0) {
                throw new IllegalStateException("the answer lost the placeholder of document " + i);
            }
            from = at[i] + tokens[i].length;
            length += 4L * ((contents.get(i).length + 2) / 3) - tokens[i].length;
        }
        byte[] out = new byte[Math.toIntExact(length)];
        int read = 0;
        int written = 0;
        for (int i = 0; i < at.length; i++) {
            System.arraycopy(xml, read, out, written, at[i] - read);
            written += at[i] - read;
            byte[] encoded = base64.encode(contents.get(i));
            System.arraycopy(encoded, 0, out, written, encoded.length);
            written += encoded.length;
            read = at[i] + tokens[i].length;
        }
        System.arraycopy(xml, read, out, written, xml.length - read);
        return out;
    }

    private static int indexOf(byte[] data, byte[] token, int from) {
        outer:
        for (int i = from; i <= data.length - token.length; i++) {
            for (int j = 0; j < token.length; j++) {
                if (data[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
