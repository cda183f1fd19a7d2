-- Release N-1's data for the upgrade rehearsal (scripts/upgrade-test.sh): rows as the code of N-1
-- (commit db829e3) wrote them, in every table of its schema, above all in those the newer migrations
-- change: audit_record (responder V2.1, V4: documents move to a child table, a key per record),
-- trust_anchor (V2: kind), patient, stored_document and hosted_community (V6), patient_link,
-- appointment and stored_summary (initiator V3, V7: a 'Running' appointment becomes 'Scheduled', V8).
-- The trust anchor (the test partner's certificate) is added by the script. Enum columns hold the
-- Java names, as JPA's EnumType.STRING wrote them.

-- directory (V1-V3)
INSERT INTO organization (oid, version, name, search_text, type, active, own, source, street, city, state, zip, country,
    latitude, longitude, part_of, managing_org, last_updated, last_seen_run) VALUES
  ('2.16.840.1.113883.3.9999.501', 0, 'Upgrade Test Clinic', 'upgrade test clinic springfield', 'Facility', TRUE, TRUE, 'OWN',
   '1 Main St', 'Springfield', 'KY', '40069', 'US', 37.68, -85.22, NULL, NULL, '2026-11-20 10:00:00', NULL),
  ('2.16.840.1.113883.3.9999.502', 3, 'Upgrade Test Hospital', 'upgrade test hospital bardstown', 'Facility', TRUE, FALSE, 'DIRECTORY',
   '2 Court Sq', 'Bardstown', 'KY', '40004', 'US', 37.81, -85.47, NULL, NULL, '2026-11-21 10:00:00', 'run-n1-0001');
INSERT INTO organization_alias (organization_oid, position, alias) VALUES ('2.16.840.1.113883.3.9999.502', 0, 'UTH');
INSERT INTO organization_contact (organization_oid, position, name, purpose, email, phone) VALUES
  ('2.16.840.1.113883.3.9999.502', 0, 'Interop desk', 'ADMIN', 'interop@uth.example', '502-555-0100');
INSERT INTO organization_endpoint (organization_oid, position, transaction_code, url, purposes, roles) VALUES
  ('2.16.840.1.113883.3.9999.502', 0, 'XCPD', 'https://uth.example/xcpd', 'TREATMENT', NULL),
  ('2.16.840.1.113883.3.9999.502', 1, 'XCA_QUERY', 'https://uth.example/xca', 'TREATMENT', NULL);
INSERT INTO zip_centroid (zip, latitude, longitude, city, state) VALUES ('40069', 37.68, -85.22, 'Springfield', 'KY');
INSERT INTO sync_run (id, kind, status, source_url, page_size, pages, organizations, next_start, total_expected, error_count, started, finished)
  VALUES ('run-n1-0001', 'URL', 'COMPLETED', 'https://directory.example/fhir', 100, 1, 1, 0, 1, 1, '2026-11-21 09:59:00', '2026-11-21 10:00:00');
INSERT INTO sync_run_error (run_id, position, message) VALUES ('run-n1-0001', 0, 'Organization/x: no identifier');
INSERT INTO directory_audit_event (actor, action, organization_oid, occurred, summary) VALUES
  ('admin', 'CREATE', '2.16.840.1.113883.3.9999.501', '2026-11-20 10:00:00', 'own facility added');
INSERT INTO schedule_claim (job, day, node, claimed_at) VALUES ('directory-sync', '2026-11-21', 'node1', '2026-11-21 09:59:00');

-- responder (V1): the NIST sample's community and patient 801 (the load's XCPD finds him), two more
INSERT INTO hosted_community (hcid, version, name, assigning_authority, mode, purposes_of_use, repository_unique_id,
    downstream_xcpd, downstream_xca_query, downstream_xca_retrieve, created_at, updated_at) VALUES
  ('2.16.840.1.113883.3.72.6.1', 0, 'NIST Sample Community', '1.2.3.4.5.1000', 'STORED', 'TREATMENT',
   '2.16.840.1.113883.3.72.6.1.1', NULL, NULL, NULL, '2026-11-20 10:00:00', '2026-11-20 10:00:00');
INSERT INTO patient (id, version, community_hcid, first_name, middle_name, last_name, birth_date, sex, street, city, state, zip,
    home_phone, mobile_phone, active, survivor_id, created_at, updated_at) VALUES
  (1, 0, '2.16.840.1.113883.3.72.6.1', 'Daniel', NULL, 'Evans', '1957-04-23', 'MALE', '809 First Ave', 'Springfield', 'KY', '40090',
   '920-989-0987', NULL, TRUE, NULL, '2026-11-20 10:00:00', '2026-11-20 10:00:00'),
  (2, 1, '2.16.840.1.113883.3.72.6.1', 'Jane', 'Q', 'Roe', '1980-02-29', 'FEMALE', NULL, NULL, NULL, NULL,
   NULL, '502-555-0102', TRUE, NULL, '2026-11-20 10:01:00', '2026-11-21 08:00:00'),
  (3, 1, '2.16.840.1.113883.3.72.6.1', 'Jane', NULL, 'Roe', '1980-02-29', 'FEMALE', NULL, NULL, NULL, NULL,
   NULL, NULL, FALSE, 2, '2026-11-20 10:02:00', '2026-11-21 08:00:00');
INSERT INTO patient_identifier (patient_id, community_hcid, id_value, assigning_authority) VALUES
  (1, '2.16.840.1.113883.3.72.6.1', '801', '1.2.3.4.5.1000'),
  (2, '2.16.840.1.113883.3.72.6.1', '802', '1.2.3.4.5.1000'),
  (3, '2.16.840.1.113883.3.72.6.1', '803', '1.2.3.4.5.1000');
INSERT INTO patient_name_key (patient_id, name_key, birth_year) VALUES (1, 'EVANS', 1957), (2, 'ROE', 1980), (3, 'ROE', 1980);
INSERT INTO stored_document (id, unique_id, entry_uuid, community_hcid, repository_unique_id, patient_key, patient_cx, status,
    mime_type, title, type_code, type_scheme, type_display, class_code, class_scheme, class_display, format_code, format_scheme,
    format_display, confidentiality_code, confidentiality_scheme, confidentiality_display, language_code, creation_time_dtm,
    creation_time, size_bytes, sha1, sha256, pushed_at, pushed_by) VALUES
  (1, '2.16.840.1.113883.3.72.6.1.9.1', 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000001', '2.16.840.1.113883.3.72.6.1',
   '2.16.840.1.113883.3.72.6.1.1', 1, '801^^^&1.2.3.4.5.1000&ISO', 'urn:oasis:names:tc:ebxml-regrep:StatusType:Approved',
   'text/xml', 'Summary of episode', '34133-9', '2.16.840.1.113883.6.1', 'Summary of episode note', '34133-9', '2.16.840.1.113883.6.1',
   'Summary of episode note', 'urn:hl7-org:sdwg:ccda-structuredBody:2.1', '1.3.6.1.4.1.19376.1.2.3', 'C-CDA R2.1', 'N',
   '2.16.840.1.113883.5.25', 'normal', 'en-US', '20261120100000', '20261120100000', 19,
   SHA1('<ClinicalDocument/>'), SHA2('<ClinicalDocument/>', 256), '2026-11-20 10:00:00', 'admin'),
  (2, '2.16.840.1.113883.3.72.6.1.9.2', 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000002', '2.16.840.1.113883.3.72.6.1',
   '2.16.840.1.113883.3.72.6.1.1', 1, '801^^^&1.2.3.4.5.1000&ISO', 'urn:oasis:names:tc:ebxml-regrep:StatusType:Approved',
   'text/xml', 'Discharge summary', '18842-5', '2.16.840.1.113883.6.1', 'Discharge summary', '18842-5', '2.16.840.1.113883.6.1',
   'Discharge summary', 'urn:hl7-org:sdwg:ccda-structuredBody:2.1', '1.3.6.1.4.1.19376.1.2.3', 'C-CDA R2.1', 'R',
   '2.16.840.1.113883.5.25', 'restricted', 'en-US', '20261121100000', '20261121100000', 20,
   SHA1('<ClinicalDocument />'), SHA2('<ClinicalDocument />', 256), '2026-11-21 10:00:00', 'admin');
INSERT INTO document_content (document_id, content) VALUES (1, '<ClinicalDocument/>'), (2, '<ClinicalDocument />');
UPDATE trust_anchor_revision SET revision = 1 WHERE id = 1;
-- N-1's audit trail: documents as a blank-separated list (responder V4 moves them to audit_record_document)
INSERT INTO audit_record (id, occurred_at, request_id, transaction_code, initiator_subject, initiator_organization, initiator_hcid,
    purpose_of_use, community_hcid, patient, documents, outcome, detail, remote_address) VALUES
  (1, '2026-11-21 11:00:00', 'urn:uuid:n1-request-0001', 'ITI_55', 'Dr. Before', 'Peer Hospital', '2.16.840.1.113883.3.9999.44',
   'TREATMENT', '2.16.840.1.113883.3.72.6.1', '801^^^&1.2.3.4.5.1000&ISO', NULL, 'SUCCESS', NULL, '127.0.0.1'),
  (2, '2026-11-21 11:00:01', 'urn:uuid:n1-request-0002', 'ITI_38', 'Dr. Before', 'Peer Hospital', '2.16.840.1.113883.3.9999.44',
   'TREATMENT', '2.16.840.1.113883.3.72.6.1', '801^^^&1.2.3.4.5.1000&ISO', '2.16.840.1.113883.3.72.6.1.9.1 2.16.840.1.113883.3.72.6.1.9.2',
   'SUCCESS', NULL, '127.0.0.1'),
  (3, '2026-11-21 11:00:02', 'urn:uuid:n1-request-0003', 'ITI_39', 'Dr. Before', 'Peer Hospital', '2.16.840.1.113883.3.9999.44',
   'TREATMENT', '2.16.840.1.113883.3.72.6.1', '801^^^&1.2.3.4.5.1000&ISO',
   ' 2.16.840.1.113883.3.72.6.1.9.1  2.16.840.1.113883.3.72.6.1.9.2 2.16.840.1.113883.3.72.6.1.9.1', 'SUCCESS', NULL, '127.0.0.1'),
  (4, '2026-11-21 11:00:03', 'urn:uuid:n1-request-0004', 'ITI_55', 'Dr. Unknown', 'Stranger', NULL,
   NULL, NULL, NULL, NULL, 'REFUSED', 'signature not trusted', '127.0.0.1');

-- initiator (V1)
INSERT INTO patient_link (id, patient_key, organization_id, organization_name, remote_id, remote_authority, first_seen, last_seen) VALUES
  (1, 'demo:evans|daniel|1957-04-23|M', '2.16.840.1.113883.3.9999.502', 'Upgrade Test Hospital', 'UTH-77', '2.16.840.1.113883.3.9999.502.1',
   '2026-11-21 09:00:00', '2026-11-21 12:00:00'),
  (2, 'demo:roe|jane|1980-02-29|F', '2.16.840.1.113883.3.9999.502', 'Upgrade Test Hospital', 'UTH-78', '2.16.840.1.113883.3.9999.502.1',
   '2026-11-21 09:00:00', '2026-11-21 09:00:00');
INSERT INTO endpoint_call (url, transaction_name, organization_id, called_at, elapsed_ms, outcome, http_status, attempts, error) VALUES
  ('https://uth.example/xcpd', 'XCPD', '2.16.840.1.113883.3.9999.502', '2026-11-21 12:00:00', 840, 'OK', 200, 1, NULL),
  ('https://uth.example/xca', 'XCA_QUERY', '2.16.840.1.113883.3.9999.502', '2026-11-21 12:00:01', 30000, 'TIMEOUT', 0, 2, 'read timed out');
INSERT INTO endpoint_settings (url, documents_per_retrieve, signature_algorithm, urn_oid_prefix, mtom, xcpd_timeout_s, query_timeout_s,
    retrieve_timeout_s, max_concurrency, updated_at) VALUES
  ('https://uth.example/xca', 10, 'RSA_SHA256', TRUE, FALSE, 20, 30, 60, 4, '2026-11-21 12:30:00');
-- one appointment done, one claimed by N-1's in-memory scheduler when it was stopped ('Running'; initiator V7
-- puts it back to 'Scheduled'); its visit is far ahead, so no node of the test runs it
INSERT INTO appointment (id, patient_key, visit_day, visit_time, visit_id, query_at, status, request_json, created_at, completed_at, error) VALUES
  ('6f1c0d1e-0000-4000-8000-000000000001', 'demo:evans|daniel|1957-04-23|M', '2026-11-22', '2026-11-22 09:00:00', 'V-1001',
   '2026-11-21 09:00:00', 'Completed', '{"Patient":{"Demographics":{"LastName":"Evans"}}}', '2026-11-20 09:00:00', '2026-11-21 09:00:05', NULL),
  ('6f1c0d1e-0000-4000-8000-000000000002', 'demo:roe|jane|1980-02-29|F', '2099-01-05', '2099-01-05 09:00:00', 'V-1002',
   '2099-01-04 09:00:00', 'Running', '{"Patient":{"Demographics":{"LastName":"Roe"}}}', '2026-11-20 09:00:00', NULL, NULL);
INSERT INTO stored_summary (patient_key, appointment_id, created_at, summary_json) VALUES
  ('demo:evans|daniel|1957-04-23|M', '6f1c0d1e-0000-4000-8000-000000000001', '2026-11-21 09:00:05', '{"Documents":[]}');
