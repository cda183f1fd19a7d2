-- Webhooks (issue 12): the destinations partners register, and the durable outbox of deliveries.
-- A delivery row is written in the transaction of the event it carries (one row per subscribed
-- destination); any node delivers it after commit, claiming it with one conditional UPDATE
-- (claimed_by/claimed_until, a lease: a dead node's claim expires and another node takes it over).
-- Delivered rows are deleted; a row whose attempts ran out stays as state 'Dead' (dead letter)
-- until an administrator resends it or its destination is deleted.

CREATE TABLE webhook_destination (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner       VARCHAR(100)  NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(1000) NOT NULL,
    -- the HMAC key: kept as issued, since every delivery is signed with it (it never leaves again
    -- through the API: only the registration's answer carries it)
    secret      VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    KEY ix_webhook_destination_owner (owner)
) ENGINE=InnoDB;

CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    destination_id  VARCHAR(36)   NOT NULL,
    event_id        VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(100)  NOT NULL,
    data            MEDIUMTEXT    NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(120),
    claimed_until   DATETIME(6),
    last_status     INT,
    last_error      VARCHAR(500),
    KEY ix_webhook_delivery_due (state, next_attempt_at),
    KEY ix_webhook_delivery_claim (claimed_by),
    CONSTRAINT fk_webhook_delivery_destination FOREIGN KEY (destination_id)
        REFERENCES webhook_destination (id) ON DELETE CASCADE
) ENGINE=InnoDB;
