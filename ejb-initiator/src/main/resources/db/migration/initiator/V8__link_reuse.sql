-- Identity reuse: how long a community lets us reuse the patient id its XCPD answer gave (its
-- CorrelationTimeToLive, capped by crossway.identity-reuse.max-ttl). A later PatientQuery of the
-- same client for the same patient within that time lists documents under the stored id without
-- asking the community again. Null: not reusable (no time to live announced, or the community
-- no longer named this id when asked again).
alter table patient_link add column time_to_live_s bigint null after last_seen;
alter table patient_link add column valid_until datetime(3) null after time_to_live_s;
alter table patient_link add index ix_patient_link_reuse (owner, patient_key, valid_until);
