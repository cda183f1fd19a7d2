-- Crossway directory schema (MariaDB 10.11 / MySQL 8). Owned by Flyway, history table
-- flyway_history_directory. Hibernate never creates or alters it (hbm2ddl none).

create table organization (
    oid            varchar(64)   not null,
    version        bigint        not null default 0,
    name           varchar(255)  not null,
    search_text    varchar(1000) not null,
    type           varchar(20),
    active         boolean       not null,
    own            boolean       not null,
    source         varchar(20)   not null,
    street         varchar(255),
    city           varchar(100),
    state          varchar(40),
    zip            varchar(20),
    country        varchar(40),
    latitude       double,
    longitude      double,
    part_of        varchar(64),
    managing_org   varchar(64),
    last_updated   datetime(6)   not null,
    last_seen_run  varchar(36),
    primary key (oid),
    -- name order of the default listing
    key ix_org_active_name (active, name),
    -- radius search: bounding box on latitude, then longitude, before the haversine
    key ix_org_position (latitude, longitude),
    key ix_org_state_city (state, city),
    key ix_org_zip (zip),
    key ix_org_part_of (part_of),
    -- deactivation of organizations a complete sync run did not see
    key ix_org_seen (source, last_seen_run)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table organization_alias (
    organization_oid varchar(64)  not null,
    position         int          not null,
    alias            varchar(255) not null,
    primary key (organization_oid, position),
    constraint fk_alias_org foreign key (organization_oid) references organization (oid) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table organization_contact (
    organization_oid varchar(64) not null,
    position         int         not null,
    name             varchar(200),
    purpose          varchar(100),
    email            varchar(200),
    phone            varchar(60),
    primary key (organization_oid, position),
    constraint fk_contact_org foreign key (organization_oid) references organization (oid) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table organization_endpoint (
    organization_oid varchar(64)   not null,
    position         int           not null,
    transaction_code varchar(20)   not null,
    url              varchar(1000) not null,
    purposes         varchar(500),
    roles            varchar(500),
    primary key (organization_oid, position),
    key ix_endpoint_org_tx (organization_oid, transaction_code),
    constraint fk_endpoint_org foreign key (organization_oid) references organization (oid) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table zip_centroid (
    zip       char(5)      not null,
    latitude  double       not null,
    longitude double       not null,
    city      varchar(100),
    state     char(2),
    primary key (zip)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sync_run (
    id             varchar(36)   not null,
    kind           varchar(10)   not null,
    status         varchar(10)   not null,
    source_url     varchar(1000),
    page_size      int           not null,
    pages          int           not null,
    organizations  int           not null,
    next_start     int           not null,
    total_expected int,
    error_count    int           not null,
    started        datetime(6)   not null,
    finished       datetime(6),
    primary key (id),
    key ix_sync_started (started)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sync_run_error (
    run_id   varchar(36)   not null,
    position int           not null,
    message  varchar(1000) not null,
    primary key (run_id, position),
    constraint fk_error_run foreign key (run_id) references sync_run (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table directory_audit_event (
    id               bigint       not null auto_increment,
    actor            varchar(200) not null,
    action           varchar(20)  not null,
    organization_oid varchar(64)  not null,
    occurred         datetime(6)  not null,
    summary          text,
    primary key (id),
    key ix_audit_org (organization_oid, occurred)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
