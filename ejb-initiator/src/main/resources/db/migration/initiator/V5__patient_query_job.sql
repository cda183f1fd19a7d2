-- Patient query jobs in the database, so that any node answers for any job and a job outlives the
-- node that ran it (docs/decisions/jobs.md). A running job is leased by one node (node,
-- lease_until), which renews the lease while it works; a lease that runs out is claimed by another
-- node with one conditional UPDATE and the job is run again from its stored request.
-- Times are UTC.
create table patient_query_job (
    id varchar(36) not null,
    owner varchar(100) not null,
    status varchar(16) not null,
    progress int not null default 0,
    request_json longtext not null,
    summary_json longtext null,
    error varchar(2000) null,
    node varchar(100) null,
    lease_until datetime(6) null,
    attempts int not null default 1,
    last_seq int not null default 0,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    finished_at datetime(6) null,
    primary key (id),
    index ix_patient_query_job_lease (status, lease_until),
    index ix_patient_query_job_finished (finished_at)
) engine=InnoDB;

-- Every progress event of a job, in order (seq), for the replay and the server-sent events of any
-- node; the terminal event's summary is the job's summary_json.
create table patient_query_job_event (
    job_id varchar(36) not null,
    seq int not null,
    type varchar(16) not null,
    progress int not null,
    message varchar(2000) null,
    source_json text null,
    occurred_at datetime(6) not null,
    primary key (job_id, seq),
    constraint fk_patient_query_job_event foreign key (job_id) references patient_query_job (id) on delete cascade
) engine=InnoDB;
