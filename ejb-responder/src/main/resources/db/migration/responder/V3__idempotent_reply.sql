-- the first answer to a partner's write sent with an Idempotency-Key, replayed for 24 hours
create table idempotent_reply (
    caller       varchar(100) not null,
    idem_key     varchar(255) not null,
    request_hash char(64)     not null,
    status       int          not null,
    headers_json varchar(1000),
    body         mediumtext   not null,
    created_at   datetime(3)  not null,
    primary key (caller, idem_key),
    index ix_idempotent_reply_created (created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
