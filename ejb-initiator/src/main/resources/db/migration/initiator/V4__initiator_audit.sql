-- The initiator's audit trail: every access to the network made on someone's behalf.
-- Insert-only (triggers below; the application's role gets SELECT, INSERT on tables named *audit*).

CREATE TABLE initiator_audit_access (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    occurred_at         DATETIME(6)   NOT NULL,
    action              VARCHAR(20)   NOT NULL,
    channel             VARCHAR(12)   NOT NULL,
    client              VARCHAR(200),
    user_id             VARCHAR(255),
    user_role           VARCHAR(64),
    organization_id     VARCHAR(64),
    purpose_of_use      VARCHAR(64),
    demographics_digest CHAR(64),
    outcome             VARCHAR(10)   NOT NULL,
    detail              VARCHAR(1000),
    KEY ix_initiator_audit_at (occurred_at),
    KEY ix_initiator_audit_digest (demographics_digest, occurred_at)
) ENGINE=InnoDB;

-- what an access was about, one row per value: PATIENT (CX), COMMUNITY (OID), DOCUMENT (unique id)
CREATE TABLE initiator_audit_item (
    access_id CHAR(36)     NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    position  INT          NOT NULL,
    value     VARCHAR(300) NOT NULL,
    PRIMARY KEY (access_id, kind, position),
    KEY ix_initiator_audit_item_value (kind, value),
    CONSTRAINT fk_initiator_audit_item FOREIGN KEY (access_id) REFERENCES initiator_audit_access (id)
) ENGINE=InnoDB;

CREATE TRIGGER initiator_audit_access_no_update BEFORE UPDATE ON initiator_audit_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'initiator_audit_access is insert-only';
CREATE TRIGGER initiator_audit_access_no_delete BEFORE DELETE ON initiator_audit_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'initiator_audit_access is insert-only';
CREATE TRIGGER initiator_audit_item_no_update BEFORE UPDATE ON initiator_audit_item FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'initiator_audit_item is insert-only';
CREATE TRIGGER initiator_audit_item_no_delete BEFORE DELETE ON initiator_audit_item FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'initiator_audit_item is insert-only';
