package dev.crossway.responder.domain.document;

import java.util.Objects;

/**
 * The XDS metadata of a pushed document, read from the document itself (C-CDA header) or, for a
 * plain upload, the minimum: MIME type and a title. Times are XDS DTM strings as read.
 */
public record DocumentMetadata(String mimeType, String title, DocumentCode typeCode, DocumentCode classCode,
                               DocumentCode formatCode, DocumentCode practiceSettingCode,
                               DocumentCode confidentialityCode, String languageCode, String creationTime,
                               String serviceStartTime, String serviceStopTime, String authorPerson,
                               String authorInstitution) {

    public DocumentMetadata {
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(title, "title");
    }
}
