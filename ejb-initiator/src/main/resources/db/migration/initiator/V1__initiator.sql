-- The initiating gateway's tables. Own Flyway history: flyway_history_initiator.

-- communities known to hold a patient (local key = demographics fingerprint or caller's identifier)
create table patient_link (
    id                bigint auto_increment primary key,
    patient_key       varchar(200) not null,
    organization_id   varchar(64)  not null,
    organization_name varchar(255),
    remote_id         varchar(255) not null,
    remote_authority  varchar(64)  not null,
    first_seen        datetime(3)  not null,
    last_seen         datetime(3)  not null,
    constraint uk_patient_link unique (patient_key, organization_id, remote_id, remote_authority),
    index ix_patient_link_key (patient_key, last_seen)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- every outbound call: insert-only
create table endpoint_call (
    id               bigint auto_increment primary key,
    url              varchar(512) not null,
    transaction_name varchar(20)  not null,
    organization_id  varchar(64),
    called_at        datetime(3)  not null,
    elapsed_ms       bigint       not null,
    outcome          varchar(10)  not null,
    http_status      int          not null,
    attempts         int          not null,
    error            varchar(500),
    index ix_endpoint_call_url (url, called_at),
    index ix_endpoint_call_at (called_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- per-endpoint quirks; absent = defaults
create table endpoint_settings (
    url                    varchar(512) not null primary key,
    documents_per_retrieve int          not null,
    signature_algorithm    varchar(16)  not null,
    urn_oid_prefix         boolean      not null,
    mtom                   boolean      not null,
    xcpd_timeout_s         int,
    query_timeout_s        int,
    retrieve_timeout_s     int,
    max_concurrency        int          not null,
    updated_at             datetime(3)  not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- scheduled pre-visit patient queries, one per patient and visit day; re-armed at startup
create table appointment (
    id           varchar(36)  not null primary key,
    patient_key  varchar(200) not null,
    visit_day    date         not null,
    visit_time   datetime(3)  not null,
    visit_id     varchar(100),
    query_at     datetime(3)  not null,
    status       varchar(12)  not null,
    request_json mediumtext   not null,
    created_at   datetime(3)  not null,
    completed_at datetime(3),
    error        varchar(500),
    constraint uk_appointment_patient_day unique (patient_key, visit_day),
    index ix_appointment_due (status, query_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- merged summaries kept for the clinician (results of scheduled queries)
create table stored_summary (
    id             bigint auto_increment primary key,
    patient_key    varchar(200) not null,
    appointment_id varchar(36),
    created_at     datetime(3)  not null,
    summary_json   longtext     not null,
    index ix_stored_summary_patient (patient_key, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
