/**
 * Export of the audit trail to the hospital's SIEM as IHE ATNA audit messages (DICOM PS3.15 audit
 * message XML) over syslog: RFC 5424 messages, on RFC 5425 TLS or RFC 5426 UDP. Messages are
 * written to a durable outbox in the same transaction as the audit records they describe, and
 * shipped from there by one node at a time per row, with retries and backoff.
 */
package dev.crossway.directory.infrastructure.atna;
