-- Complete audit records: every disclosed document in a child table (the documents column cut the
-- list at 4,000 characters), Crossway's own key for each record, and the sender's MessageID kept
-- beside Crossway's own request id (request_id was the MessageID cut at 100 characters).

ALTER TABLE audit_record
    ADD COLUMN record_key CHAR(36)      NULL AFTER id,
    ADD COLUMN message_id VARCHAR(1000) NULL AFTER request_id;

-- the rows written so far get their key: the insert-only triggers are lifted for this statement
-- alone, by the schema's owner, and put back below
DROP TRIGGER audit_record_no_update;
UPDATE audit_record SET record_key = UUID(), message_id = request_id WHERE record_key IS NULL;

ALTER TABLE audit_record
    MODIFY COLUMN record_key CHAR(36) NOT NULL,
    ADD UNIQUE KEY ux_audit_record_key (record_key);

CREATE TABLE audit_record_document (
    record_key         CHAR(36)     NOT NULL,
    position           INT          NOT NULL,
    document_unique_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (record_key, position),
    KEY ix_audit_record_document (document_unique_id),
    CONSTRAINT fk_audit_record_document FOREIGN KEY (record_key) REFERENCES audit_record (record_key)
) ENGINE=InnoDB;

-- the blank-separated lists move into the child table, one row per document, in order
INSERT INTO audit_record_document (record_key, position, document_unique_id)
WITH RECURSIVE split (record_key, position, doc, rest) AS (
    SELECT record_key, 0, SUBSTRING_INDEX(TRIM(documents), ' ', 1),
           TRIM(SUBSTRING(TRIM(documents), CHAR_LENGTH(SUBSTRING_INDEX(TRIM(documents), ' ', 1)) + 1))
    FROM audit_record WHERE documents IS NOT NULL AND TRIM(documents) <> ''
    UNION ALL
    SELECT record_key, position + 1, SUBSTRING_INDEX(rest, ' ', 1),
           TRIM(SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 1))
    FROM split WHERE rest <> ''
)
SELECT record_key, position, doc FROM split WHERE doc <> '';

ALTER TABLE audit_record DROP COLUMN documents;

CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is insert-only';

CREATE TRIGGER audit_record_document_no_update BEFORE UPDATE ON audit_record_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record_document is insert-only';

CREATE TRIGGER audit_record_document_no_delete BEFORE DELETE ON audit_record_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record_document is insert-only';
