package dev.crossway.responder.application.internal;

import dev.crossway.interop.ccda.CcdaMetadata;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.document.DocumentCode;
import dev.crossway.responder.domain.document.DocumentMetadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Redox FileType values and the XDS metadata they give a document. */
final class FileTypes {

    /** IHE format code system; "mimeTypeSufficient" is its code for plain files. */
    static final String FORMAT_SCHEME = "1.3.6.1.4.1.19376.1.2.3";
    static final String MIME_SUFFICIENT = "urn:ihe:iti:xds:2017:mimeTypeSufficient";

    private static final Map<String, String> MIME = Map.ofEntries(
            Map.entry("PDF", "application/pdf"), Map.entry("TXT", "text/plain"), Map.entry("TEXT", "text/plain"),
            Map.entry("HTML", "text/html"), Map.entry("RTF", "text/rtf"), Map.entry("JPG", "image/jpeg"),
            Map.entry("JPEG", "image/jpeg"), Map.entry("PNG", "image/png"), Map.entry("TIF", "image/tiff"),
            Map.entry("TIFF", "image/tiff"), Map.entry("GIF", "image/gif"));
    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private FileTypes() {
    }

    static boolean isXml(String fileType) {
        String t = fileType.trim().toUpperCase(Locale.ROOT);
        return t.equals("XML") || t.equals("CDA") || t.equals("CCDA") || t.equals("C-CDA");
    }

    static DocumentMetadata minimal(String fileType, Instant now) {
        String mime = MIME.get(fileType.trim().toUpperCase(Locale.ROOT));
        if (mime == null) {
            throw new ResponderValidationException("Document.FileType", "file type '" + fileType
                    + "' is not one of XML, " + String.join(", ", new java.util.TreeSet<>(MIME.keySet())));
        }
        return new DocumentMetadata(mime, "Uploaded document", null, null,
                DocumentCode.of(MIME_SUFFICIENT, FORMAT_SCHEME, null), null, DocumentCode.of("N", "2.16.840.1.113883.5.25", "Normal"),
                "en-US", DTM.format(now), null, null, null, null);
    }

    static DocumentMetadata fromCcda(CcdaMetadata m) {
        return new DocumentMetadata(CcdaMetadata.MIME_TYPE, m.title() == null || m.title().isBlank() ? "Clinical document" : m.title(),
                code(m.typeCode()), code(m.classCode()), DocumentCode.of(m.formatCode(), FORMAT_SCHEME, null), null,
                code(m.confidentialityCode()), m.languageCode(), m.effectiveTime(), m.serviceStartTime(), m.serviceStopTime(),
                m.authorPerson(), m.authorInstitution());
    }

    private static DocumentCode code(Code c) {
        return c == null ? null : DocumentCode.of(c.code(), c.codeSystem(), c.name());
    }
}
