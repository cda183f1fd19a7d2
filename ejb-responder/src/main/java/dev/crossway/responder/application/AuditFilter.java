package dev.crossway.responder.application;

import java.time.Instant;

/**
 * A search of the audit trail; null fields mean "any". {@code transaction} as in {@link AuditView},
 * {@code patient} in CX form; {@code limit} defaults to 100 (at most 1000).
 */
public record AuditFilter(Instant from, Instant to, String transaction, String initiatorHomeCommunityId,
                          String outcome, String patient, int limit, int offset) {
}
