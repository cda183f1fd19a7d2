package dev.crossway.responder.domain.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The exact bytes of a stored document, keyed by the document's id; read only to retrieve them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    /** 20 MiB, the largest document the store takes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, length = MAX_BYTES)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
