package dev.crossway.responder.application.internal;

import dev.crossway.interop.xca.Author;
import dev.crossway.interop.xca.Code;
import dev.crossway.interop.xca.DocumentCodes;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.DocumentSlots;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.responder.domain.document.DocumentCode;
import dev.crossway.responder.domain.document.StoredDocument;
import java.util.List;
import java.util.Optional;

/** A stored document as the full XDS DocumentEntry metadata an XCA query returns, with {@code home}. */
final class DocumentEntries {

    private DocumentEntries() {
    }

    static DocumentEntry of(StoredDocument d) {
        DocumentSlots slots = new DocumentSlots(Optional.ofNullable(d.creationTime()), Optional.ofNullable(d.languageCode()),
                Optional.ofNullable(d.serviceStartTime()), Optional.ofNullable(d.serviceStopTime()),
                Optional.of(d.patient().toCx()), List.of(), Optional.of(d.sha1()), Optional.of(d.size()),
                Optional.of(RepositoryUniqueId.of(d.repositoryUniqueId())), Optional.empty());
        DocumentCodes codes = new DocumentCodes(code(d.classCode()), code(d.typeCode()), code(d.formatCode()),
                code(d.confidentialityCode()).map(List::of).orElse(List.of()), Optional.empty(),
                code(d.practiceSettingCode()), List.of());
        List<Author> authors = d.authorPerson() == null && d.authorInstitution() == null ? List.of()
                : List.of(new Author(Optional.ofNullable(d.authorPerson()),
                d.authorInstitution() == null ? List.of() : List.of(d.authorInstitution()), List.of(), List.of()));
        return new DocumentEntry(d.entryUuid(), d.uniqueId(), d.patient(), Optional.of(d.community()), d.status(),
                d.mimeType(), EbXml.STABLE_DOCUMENT, Optional.of(d.title()), Optional.empty(), slots, codes, authors);
    }

    private static Optional<Code> code(DocumentCode c) {
        return c == null || c.code() == null || c.code().isBlank() ? Optional.empty()
                : Optional.of(new Code(c.code(), c.scheme() == null ? "" : c.scheme(), Optional.ofNullable(c.display())));
    }
}
