-- One row per scheduled job and day. Every node of a cluster runs the same calendar timers; the
-- node whose INSERT succeeds runs that day's job, the others see the row and skip it.
create table schedule_claim (
    job        varchar(64)  not null,
    day        date         not null,
    node       varchar(128) not null,
    claimed_at datetime(6)  not null,
    primary key (job, day)
) engine=InnoDB;
