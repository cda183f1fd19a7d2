package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
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
    static final String LOINC = "2.16.840.1.113883.6.1";
    static final String SNOMED = "2.16.840.1.113883.6.96";
    /**
     * An upload says nothing of its clinical kind, yet XDS requires type, class and practice setting
     * codes (ITI TF-3 4.2.3.2) and initiators filter on them: LOINC 55188-7 "Patient data Document"
     * (the Document Ontology's generic document, valid as both type and class) and SNOMED CT
     * 394802001 "General medicine" are what is true of any upload. A C-CDA header names no practice
     * setting either, so C-CDA pushes (rendered ones included) get the same practice setting.
     */
    static final DocumentCode UPLOAD_TYPE = DocumentCode.of("55188-7", LOINC, "Patient data Document");
    static final DocumentCode UPLOAD_PRACTICE = DocumentCode.of("394802001", SNOMED, "General medicine");

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
            throw new ResponderValidationException(ResponderField.DOCUMENT_FILE_TYPE, "file type '" + fileType
                    + "' is not one of XML, " + String.join(", ", new java.util.TreeSet<>(MIME.keySet())));
        }
        return new DocumentMetadata(mime, "Uploaded document", UPLOAD_TYPE, UPLOAD_TYPE,
                DocumentCode.of(MIME_SUFFICIENT, FORMAT_SCHEME, null), UPLOAD_PRACTICE,
                DocumentCode.of("N", "2.16.840.1.113883.5.25", "Normal"),
                "en-US", DTM.format(now), null, null, null, null);
    }

    static DocumentMetadata fromCcda(CcdaMetadata m) {
        return new DocumentMetadata(CcdaMetadata.MIME_TYPE, m.title() == null || m.title().isBlank() ? "Clinical document" : m.title(),
                code(m.typeCode()), code(m.classCode()), DocumentCode.of(m.formatCode(), FORMAT_SCHEME, null), UPLOAD_PRACTICE,
                code(m.confidentialityCode()), m.languageCode(), m.effectiveTime(), m.serviceStartTime(), m.serviceStopTime(),
                m.authorPerson(), m.authorInstitution());
    }

    private static DocumentCode code(Code c) {
        return c == null ? null : DocumentCode.of(c.code(), c.codeSystem(), c.name());
    }
}
