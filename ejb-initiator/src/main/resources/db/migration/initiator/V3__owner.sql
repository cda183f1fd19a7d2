-- Partners are tenants: what a client causes is its own. The Keycloak client id of the caller
-- that caused a patient link, an appointment or a stored summary (100 characters keep the link
-- key within MySQL's 3072-byte index limit); rows from before this
-- migration have none and are seen by administrators only.
alter table patient_link add column owner varchar(100) null after id;
alter table patient_link drop index uk_patient_link;
alter table patient_link add constraint uk_patient_link unique (owner, patient_key, organization_id, remote_id, remote_authority);
alter table patient_link drop index ix_patient_link_key;
alter table patient_link add index ix_patient_link_key (patient_key, owner, last_seen);

alter table appointment add column owner varchar(100) null after id;
alter table appointment drop index uk_appointment_patient_day;
alter table appointment add constraint uk_appointment_patient_day unique (owner, patient_key, visit_day);

alter table stored_summary add column owner varchar(100) null after id;
alter table stored_summary drop index ix_stored_summary_patient;
alter table stored_summary add index ix_stored_summary_patient (patient_key, owner, created_at);
