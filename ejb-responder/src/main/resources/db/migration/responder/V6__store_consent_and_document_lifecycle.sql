-- The clinical data store kept current and consent respected (issue 16):
-- a patient's opt-out of network disclosure, with when and by whom it was recorded;
-- a document's replacement (RPLC/APND of an earlier one) and withdrawal;
-- per community, the purposes of use for which documents above normal confidentiality are disclosed.

ALTER TABLE patient
    ADD COLUMN opted_out          BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN consent_changed_at DATETIME(6)  NULL,
    ADD COLUMN consent_changed_by VARCHAR(255) NULL;

ALTER TABLE stored_document
    ADD COLUMN parent_id       BIGINT       NULL,
    ADD COLUMN parent_relation VARCHAR(4)   NULL,
    ADD COLUMN withdrawn_at    DATETIME(6)  NULL,
    ADD COLUMN withdrawn_by    VARCHAR(255) NULL,
    ADD KEY ix_document_parent (parent_id),
    ADD CONSTRAINT fk_document_parent FOREIGN KEY (parent_id) REFERENCES stored_document (id);

-- comma-separated purpose-of-use codes; empty: restricted (R) and very restricted (V) documents are withheld
ALTER TABLE hosted_community
    ADD COLUMN restricted_purposes      VARCHAR(500) NOT NULL DEFAULT '',
    ADD COLUMN very_restricted_purposes VARCHAR(500) NOT NULL DEFAULT '';
