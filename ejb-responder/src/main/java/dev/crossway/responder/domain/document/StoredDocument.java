package dev.crossway.responder.domain.document;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.id.RandomUuids;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A document a partner pushed for a patient, with the XDS metadata FindDocuments filters on.
 * The bytes live apart ({@link DocumentContent}) so that queries never load them. The entry
 * belongs to the patient's id under the community's authority; a merge moves it to the survivor.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    public static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
    /** A document another one replaced: still found by a FindDocuments that asks for this status. */
    public static final String DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "unique_id", length = 128, nullable = false, unique = true)
    private String uniqueId;

    @Column(name = "entry_uuid", length = 64, nullable = false, unique = true)
    private String entryUuid;

    @Column(name = "community_hcid", length = 64, nullable = false)
    private String communityHcid;

    @Column(name = "repository_unique_id", length = 64, nullable = false)
    private String repositoryUniqueId;

    @Column(name = "patient_key", nullable = false)
    private long patientKey;

    /** The patient id in CX form, as XCA queries name it. */
    @Column(name = "patient_cx", length = 200, nullable = false)
    private String patientCx;

    @Column(name = "status", length = 80, nullable = false)
    private String status;

    @Column(name = "mime_type", length = 100, nullable = false)
    private String mimeType;

    @Column(name = "title", length = 255, nullable = false)
    private String title;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "code", column = @Column(name = "type_code")),
            @AttributeOverride(name = "scheme", column = @Column(name = "type_scheme")),
            @AttributeOverride(name = "display", column = @Column(name = "type_display"))})
    private DocumentCode typeCode;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "code", column = @Column(name = "class_code")),
            @AttributeOverride(name = "scheme", column = @Column(name = "class_scheme")),
            @AttributeOverride(name = "display", column = @Column(name = "class_display"))})
    private DocumentCode classCode;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "code", column = @Column(name = "format_code")),
            @AttributeOverride(name = "scheme", column = @Column(name = "format_scheme")),
            @AttributeOverride(name = "display", column = @Column(name = "format_display"))})
    private DocumentCode formatCode;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "code", column = @Column(name = "practice_code")),
            @AttributeOverride(name = "scheme", column = @Column(name = "practice_scheme")),
            @AttributeOverride(name = "display", column = @Column(name = "practice_display"))})
    private DocumentCode practiceSettingCode;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "code", column = @Column(name = "confidentiality_code")),
            @AttributeOverride(name = "scheme", column = @Column(name = "confidentiality_scheme")),
            @AttributeOverride(name = "display", column = @Column(name = "confidentiality_display"))})
    private DocumentCode confidentialityCode;

    @Column(name = "language_code", length = 20)
    private String languageCode;

    /** DTM as read (for the metadata) and padded to 14 digits (for the filters). */
    @Column(name = "creation_time_dtm", length = 20)
    private String creationTime;

    @Column(name = "creation_time", length = 14)
    private String creationTimeKey;

    @Column(name = "service_start_dtm", length = 20)
    private String serviceStartTime;

    @Column(name = "service_start", length = 14)
    private String serviceStartKey;

    @Column(name = "service_stop_dtm", length = 20)
    private String serviceStopTime;

    @Column(name = "service_stop", length = 14)
    private String serviceStopKey;

    @Column(name = "author_person", length = 255)
    private String authorPerson;

    @Column(name = "author_institution", length = 255)
    private String authorInstitution;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha1", length = 40, nullable = false)
    private String sha1;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "pushed_at", nullable = false)
    private Instant pushedAt;

    @Column(name = "pushed_by", length = 255)
    private String pushedBy;

    /** The document this one replaces or appends to ({@link #relation}); null for an original. */
    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "parent_relation", length = 4)
    private String relation;

    /** Withdrawn documents are never disclosed again; the row stays for the audit trail's sake. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 255)
    private String withdrawnBy;

    protected StoredDocument() {
    }

    public StoredDocument(DocumentUniqueId uniqueId, HomeCommunityId community, String repositoryUniqueId,
                          long patientKey, PatientId patient, DocumentMetadata m, ContentDigest digest,
                          Instant now, String actor) {
        this.uniqueId = uniqueId.value();
        this.entryUuid = "urn:uuid:" + RandomUuids.next();
        this.communityHcid = community.oid().value();
        this.repositoryUniqueId = Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        this.patientKey = patientKey;
        this.patientCx = patient.toCx();
        this.status = APPROVED;
        this.mimeType = m.mimeType();
        this.title = m.title().length() > 255 ? m.title().substring(0, 255) : m.title();
        this.typeCode = m.typeCode();
        this.classCode = m.classCode();
        this.formatCode = m.formatCode();
        this.practiceSettingCode = m.practiceSettingCode();
        this.confidentialityCode = m.confidentialityCode();
        this.languageCode = m.languageCode();
        this.creationTime = m.creationTime();
        this.creationTimeKey = DtmTime.pad(m.creationTime());
        this.serviceStartTime = m.serviceStartTime();
        this.serviceStartKey = DtmTime.pad(m.serviceStartTime());
        this.serviceStopTime = m.serviceStopTime();
        this.serviceStopKey = DtmTime.pad(m.serviceStopTime());
        this.authorPerson = m.authorPerson();
        this.authorInstitution = m.authorInstitution();
        this.size = digest.size();
        this.sha1 = digest.sha1();
        this.sha256 = digest.sha256();
        this.pushedAt = now;
        this.pushedBy = actor;
    }

    /** A stored row's columns, by column name, for {@link #read}. */
    public interface Columns {
        String text(String column);

        /** Null for SQL NULL. */
        Long number(String column);

        /** Null for SQL NULL; read as the entity manager reads it (UTC). */
        Instant instant(String column);
    }

    /**
     * A document read back from its {@code stored_document} row outside the entity manager (the
     * gateway's FindDocuments reads it in plain JDBC): every field from its column, as Hibernate
     * maps them (an embedded code whose three columns are all NULL is null). Not managed: for reading.
     */
    public static StoredDocument read(Columns c) {
        StoredDocument d = new StoredDocument();
        d.id = c.number("id");
        d.uniqueId = c.text("unique_id");
        d.entryUuid = c.text("entry_uuid");
        d.communityHcid = c.text("community_hcid");
        d.repositoryUniqueId = c.text("repository_unique_id");
        d.patientKey = c.number("patient_key");
        d.patientCx = c.text("patient_cx");
        d.status = c.text("status");
        d.mimeType = c.text("mime_type");
        d.title = c.text("title");
        d.typeCode = code(c, "type_code", "type_scheme", "type_display");
        d.classCode = code(c, "class_code", "class_scheme", "class_display");
        d.formatCode = code(c, "format_code", "format_scheme", "format_display");
        d.practiceSettingCode = code(c, "practice_code", "practice_scheme", "practice_display");
        d.confidentialityCode = code(c, "confidentiality_code", "confidentiality_scheme", "confidentiality_display");
        d.languageCode = c.text("language_code");
        d.creationTime = c.text("creation_time_dtm");
        d.creationTimeKey = c.text("creation_time");
        d.serviceStartTime = c.text("service_start_dtm");
        d.serviceStartKey = c.text("service_start");
        d.serviceStopTime = c.text("service_stop_dtm");
        d.serviceStopKey = c.text("service_stop");
        d.authorPerson = c.text("author_person");
        d.authorInstitution = c.text("author_institution");
        d.size = c.number("size_bytes");
        d.sha1 = c.text("sha1");
        d.sha256 = c.text("sha256");
        d.pushedAt = c.instant("pushed_at");
        d.pushedBy = c.text("pushed_by");
        d.parentId = c.number("parent_id");
        d.relation = c.text("parent_relation");
        d.withdrawnAt = c.instant("withdrawn_at");
        d.withdrawnBy = c.text("withdrawn_by");
        return d;
    }

    private static DocumentCode code(Columns c, String code, String scheme, String display) {
        String v = c.text(code);
        String s = c.text(scheme);
        String n = c.text(display);
        return v == null && s == null && n == null ? null : new DocumentCode(v, s, n);
    }

    /** After a merge: the document now belongs to the surviving patient. */
    public void reassign(long survivorKey, PatientId survivorId) {
        this.patientKey = survivorKey;
        this.patientCx = survivorId.toCx();
    }

    /**
     * This document is a new version of {@code parent}: with {@link Relation#RPLC} the parent is
     * deprecated (still found by a FindDocuments asking for Deprecated entries); with
     * {@link Relation#APND} it is an addendum and the parent stays approved.
     */
    public void succeed(StoredDocument parent, Relation relation) {
        if (parent.id == null || parent.id.equals(id)) {
            throw new IllegalArgumentException("a document cannot replace itself");
        }
        this.parentId = parent.id;
        this.relation = relation.name();
        if (relation == Relation.RPLC) {
            parent.status = DEPRECATED;
        }
    }

    /** No longer disclosed anywhere, by anyone. */
    public void withdraw(Instant now, String actor) {
        this.withdrawnAt = now;
        this.withdrawnBy = actor;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public java.util.Optional<Long> parentId() { return java.util.Optional.ofNullable(parentId); }
    public java.util.Optional<Relation> relation() { return java.util.Optional.ofNullable(relation).map(Relation::valueOf); }
    public String pushedBy() { return pushedBy; }

    /** The confidentiality code (HL7 Confidentiality, 2.16.840.1.113883.5.25), upper case; N when none was given. */
    public String confidentiality() {
        return confidentialityCode == null || confidentialityCode.code() == null ? "N"
                : confidentialityCode.code().trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Long id() { return id; }
    public DocumentUniqueId uniqueId() { return new DocumentUniqueId(uniqueId); }
    public String entryUuid() { return entryUuid; }
    public HomeCommunityId community() { return HomeCommunityId.of(communityHcid); }
    public String repositoryUniqueId() { return repositoryUniqueId; }
    public long patientKey() { return patientKey; }
    public PatientId patient() { return PatientId.fromCx(patientCx); }
    public String status() { return status; }
    public String mimeType() { return mimeType; }
    public String title() { return title; }
    public DocumentCode typeCode() { return typeCode; }
    public DocumentCode classCode() { return classCode; }
    public DocumentCode formatCode() { return formatCode; }
    public DocumentCode practiceSettingCode() { return practiceSettingCode; }
    public DocumentCode confidentialityCode() { return confidentialityCode; }
    public String languageCode() { return languageCode; }
    public String creationTime() { return creationTime; }
    public String serviceStartTime() { return serviceStartTime; }
    public String serviceStopTime() { return serviceStopTime; }
    public String authorPerson() { return authorPerson; }
    public String authorInstitution() { return authorInstitution; }
    public long size() { return size; }
    public String sha1() { return sha1; }
    public String sha256() { return sha256; }
    public Instant pushedAt() { return pushedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredDocument d && uniqueId.equals(d.uniqueId);
    }

    @Override
    public int hashCode() {
        return uniqueId.hashCode();
    }
}
