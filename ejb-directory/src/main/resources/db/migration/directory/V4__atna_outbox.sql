-- The ATNA export's durable outbox: audit messages waiting for the SIEM's syslog collector.
-- Written in the same transaction as the audit records they describe; a row is claimed by one
-- node at a time (conditional UPDATE), deleted once the collector has it, retried with backoff.
-- Not an audit table (its name says so): the application updates and deletes its rows; the
-- audit records themselves stay in the insert-only tables.

CREATE TABLE atna_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at      DATETIME(6)  NOT NULL,
    message         MEDIUMTEXT   NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    claimed_by      VARCHAR(80),
    claimed_until   DATETIME(6),
    last_error      VARCHAR(500),
    KEY ix_atna_outbox_due (next_attempt_at),
    KEY ix_atna_outbox_claim (claimed_by)
) ENGINE=InnoDB;
