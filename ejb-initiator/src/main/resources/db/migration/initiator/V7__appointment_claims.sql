-- Pre-visit queries run by whichever node claims them. Every node looks for due appointments; a
-- claim is one conditional UPDATE (status 'Scheduled', the pending state, or 'Running' past its
-- lease), so of several nodes exactly one gets the row. The claim token names that one claim: only
-- its holder may complete or fail the run. A node that dies leaves its lease to expire, and another
-- node claims the appointment again (at most crossway.scheduling.max-attempts claims).
alter table appointment add column claim_token varchar(36) null after status;
alter table appointment add column claimed_by varchar(100) null after claim_token;
alter table appointment add column lease_until datetime(3) null after claimed_by;
alter table appointment add column attempts int not null default 0 after lease_until;
alter table appointment add column cancel_reason varchar(255) null after error;
alter table appointment add column updated_at datetime(3) null after cancel_reason;
alter table appointment add index ix_appointment_lease (status, lease_until);
alter table appointment add index ix_appointment_visit_number (owner, visit_id);
alter table appointment add index ix_appointment_visit_time (visit_time);
alter table stored_summary add index ix_stored_summary_appointment (appointment_id, created_at);
-- a run that was in flight under the old scheme has no lease to expire: it is pending again
update appointment set status = 'Scheduled' where status = 'Running';
