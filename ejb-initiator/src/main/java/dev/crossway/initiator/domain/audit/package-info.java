/**
 * The initiator's audit trail: every access to the network made on someone's behalf, kept
 * insert-only for the accounting of disclosures (HIPAA §164.528) and exported to the SIEM.
 */
package dev.crossway.initiator.domain.audit;
