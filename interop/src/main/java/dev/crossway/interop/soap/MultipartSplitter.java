package dev.crossway.interop.soap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits a multipart body (RFC 2046) into parts; skips empty parts, which some gateways send. */
final class MultipartSplitter {

    private MultipartSplitter() {
    }

    static List<MimePart> split(byte[] body, String boundary, int maxParts) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = find(body, delimiter, 0, true);
        if (pos < 0) {
            throw new SoapMessageException("multipart body does not contain its boundary '" + boundary + "'");
        }
        List<MimePart> parts = new ArrayList<>();
        int anonymous = 0;
        while (true) {
            int after = pos + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return parts;
            }
            int start = skipLine(body, after);
            int next = find(body, delimiter, start, false);
            if (next < 0) {
                throw new SoapMessageException("multipart body is truncated: no closing boundary after part " + (parts.size() + 1));
            }
            int end = next;
            if (end > start && body[end - 1] == '\n') {
                end--;
                if (end > start && body[end - 1] == '\r') {
                    end--;
                }
            }
            if (end > start) {
                parts.add(part(body, start, end, anonymous++));
                if (parts.size() > maxParts) {
                    throw new SoapMessageException(SoapMessageException.Reason.TOO_LARGE,
                            "multipart message has more than " + maxParts + " parts");
                }
            }
            pos = next;
        }
    }

    private static MimePart part(byte[] body, int start, int end, int index) {
        Map<String, String> headers = new LinkedHashMap<>();
        int i = start;
        while (i < end) {
            int eol = i;
            while (eol < end && body[eol] != '\n') {
                eol++;
            }
            String line = new String(body, i, eol - i, StandardCharsets.ISO_8859_1).strip();
            i = Math.min(eol + 1, end);
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SoapMessageException("MIME part " + (index + 1) + " has a malformed header line");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] content = java.util.Arrays.copyOfRange(body, i, end);
        String encoding = headers.getOrDefault("content-transfer-encoding", "binary").toLowerCase(Locale.ROOT);
        if (encoding.equals("base64")) {
            content = Base64.getMimeDecoder().decode(content);
        } else if (!encoding.equals("binary") && !encoding.equals("8bit") && !encoding.equals("7bit")) {
            throw new SoapMessageException("MIME part " + (index + 1) + " uses unsupported Content-Transfer-Encoding " + encoding);
        }
        String id = headers.containsKey("content-id") ? XopResolver.contentId(headers.get("content-id")) : "part-" + index;
        return new MimePart(id, headers.getOrDefault("content-type", "application/octet-stream"), content);
    }

    /** Index of a delimiter at the start of the body (if allowed) or right after a line break. */
    private static int find(byte[] body, byte[] delimiter, int from, boolean allowAtStart) {
        for (int i = from; i <= body.length - delimiter.length; i++) {
            boolean lineStart = i == 0 ? allowAtStart || from == 0 : body[i - 1] == '\n';
            if (lineStart && matches(body, delimiter, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] body, byte[] delimiter, int at) {
        for (int j = 0; j < delimiter.length; j++) {
            if (body[at + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }

    private static int skipLine(byte[] body, int from) {
        int i = from;
        while (i < body.length && body[i] != '\n') {
            i++;
        }
        return Math.min(i + 1, body.length);
    }
}
