-- The responding gateway: hosted communities, patient index, document store, trust anchors, audit.

CREATE TABLE hosted_community (
    hcid                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    name                    VARCHAR(255) NOT NULL,
    assigning_authority     VARCHAR(64)  NOT NULL,
    mode                    VARCHAR(10)  NOT NULL,
    purposes_of_use         VARCHAR(500) NOT NULL,
    repository_unique_id    VARCHAR(64)  NOT NULL,
    downstream_xcpd         VARCHAR(500),
    downstream_xca_query    VARCHAR(500),
    downstream_xca_retrieve VARCHAR(500),
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL
) ENGINE=InnoDB;

CREATE TABLE patient (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    community_hcid VARCHAR(64)  NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    middle_name    VARCHAR(100),
    last_name      VARCHAR(100) NOT NULL,
    birth_date     DATE         NOT NULL,
    sex            VARCHAR(10)  NOT NULL,
    street         VARCHAR(255),
    city           VARCHAR(100),
    state          VARCHAR(50),
    zip            VARCHAR(20),
    home_phone     VARCHAR(40),
    mobile_phone   VARCHAR(40),
    active         BOOLEAN      NOT NULL,
    survivor_id    BIGINT,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    KEY ix_patient_community (community_hcid),
    CONSTRAINT fk_patient_community FOREIGN KEY (community_hcid) REFERENCES hosted_community (hcid)
) ENGINE=InnoDB;

CREATE TABLE patient_identifier (
    patient_id          BIGINT       NOT NULL,
    community_hcid      VARCHAR(64)  NOT NULL,
    id_value            VARCHAR(100) NOT NULL,
    assigning_authority VARCHAR(64)  NOT NULL,
    PRIMARY KEY (patient_id, id_value, assigning_authority),
    UNIQUE KEY ux_patient_identifier (community_hcid, assigning_authority, id_value),
    CONSTRAINT fk_patient_identifier FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB;

-- candidate retrieval: normalised family name (and its parts) with the birth year
CREATE TABLE patient_name_key (
    patient_id BIGINT       NOT NULL,
    name_key   VARCHAR(100) NOT NULL,
    birth_year INT,
    PRIMARY KEY (patient_id, name_key),
    KEY ix_name_key (name_key, birth_year),
    CONSTRAINT fk_patient_name_key FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB;

CREATE TABLE stored_document (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unique_id               VARCHAR(128)  NOT NULL,
    entry_uuid              VARCHAR(64)   NOT NULL,
    community_hcid          VARCHAR(64)   NOT NULL,
    repository_unique_id    VARCHAR(64)   NOT NULL,
    patient_key             BIGINT        NOT NULL,
    patient_cx              VARCHAR(200)  NOT NULL,
    status                  VARCHAR(80)   NOT NULL,
    mime_type               VARCHAR(100)  NOT NULL,
    title                   VARCHAR(255)  NOT NULL,
    type_code               VARCHAR(100),
    type_scheme             VARCHAR(100),
    type_display            VARCHAR(255),
    class_code              VARCHAR(100),
    class_scheme            VARCHAR(100),
    class_display           VARCHAR(255),
    format_code             VARCHAR(255),
    format_scheme           VARCHAR(100),
    format_display          VARCHAR(255),
    practice_code           VARCHAR(100),
    practice_scheme         VARCHAR(100),
    practice_display        VARCHAR(255),
    confidentiality_code    VARCHAR(100),
    confidentiality_scheme  VARCHAR(100),
    confidentiality_display VARCHAR(255),
    language_code           VARCHAR(20),
    creation_time_dtm       VARCHAR(20),
    creation_time           CHAR(14),
    service_start_dtm       VARCHAR(20),
    service_start           CHAR(14),
    service_stop_dtm        VARCHAR(20),
    service_stop            CHAR(14),
    author_person           VARCHAR(255),
    author_institution      VARCHAR(255),
    size_bytes              BIGINT        NOT NULL,
    sha1                    CHAR(40)      NOT NULL,
    sha256                  CHAR(64)      NOT NULL,
    pushed_at               DATETIME(6)   NOT NULL,
    pushed_by               VARCHAR(255),
    UNIQUE KEY ux_document_unique_id (unique_id),
    UNIQUE KEY ux_document_entry_uuid (entry_uuid),
    KEY ix_document_patient (patient_key, status, creation_time),
    KEY ix_document_class (patient_key, class_code),
    KEY ix_document_type (patient_key, type_code),
    KEY ix_document_format (patient_key, format_code),
    KEY ix_document_practice (patient_key, practice_code),
    KEY ix_document_service (patient_key, service_start, service_stop),
    CONSTRAINT fk_document_patient FOREIGN KEY (patient_key) REFERENCES patient (id),
    CONSTRAINT fk_document_community FOREIGN KEY (community_hcid) REFERENCES hosted_community (hcid)
) ENGINE=InnoDB;

-- the bytes, apart from the metadata; at most 20 MiB each (checked by the application)
CREATE TABLE document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_document_content FOREIGN KEY (document_id) REFERENCES stored_document (id)
) ENGINE=InnoDB;

CREATE TABLE trust_anchor (
    fingerprint CHAR(64)      NOT NULL PRIMARY KEY,
    label       VARCHAR(255),
    subject     VARCHAR(1000) NOT NULL,
    issuer      VARCHAR(1000) NOT NULL,
    not_before  DATETIME(6)   NOT NULL,
    not_after   DATETIME(6)   NOT NULL,
    der         BLOB          NOT NULL,
    added_at    DATETIME(6)   NOT NULL,
    added_by    VARCHAR(255)
) ENGINE=InnoDB;

-- incremented by every trust anchor change: each node compares it with its cached anchors
CREATE TABLE trust_anchor_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO trust_anchor_revision (id, revision) VALUES (1, 0);

CREATE TABLE audit_record (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at            DATETIME(6)   NOT NULL,
    request_id             VARCHAR(100)  NOT NULL,
    transaction_code       VARCHAR(10)   NOT NULL,
    initiator_subject      VARCHAR(255),
    initiator_organization VARCHAR(255),
    initiator_hcid         VARCHAR(64),
    purpose_of_use         VARCHAR(64),
    community_hcid         VARCHAR(64),
    patient                VARCHAR(200),
    documents              VARCHAR(4000),
    outcome                VARCHAR(10)   NOT NULL,
    detail                 VARCHAR(1000),
    remote_address         VARCHAR(64),
    KEY ix_audit_at (occurred_at),
    KEY ix_audit_patient (community_hcid, patient, occurred_at),
    KEY ix_audit_initiator (initiator_hcid, occurred_at),
    KEY ix_audit_transaction (transaction_code, occurred_at)
) ENGINE=InnoDB;

-- the audit trail is insert-only, whoever connects
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is insert-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is insert-only';
