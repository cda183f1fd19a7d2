-- The subject of the client certificate verified in the TLS handshake of each gateway request
-- (numbered 2.1 so that other 2.x migrations merged beside it keep their own numbers).
ALTER TABLE audit_record ADD COLUMN client_certificate VARCHAR(512) NULL;
