package dev.crossway.responder.application;

import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the servlet writes back: HTTP status, Content-Type, body, and any further headers (e.g.
 * Retry-After); and, for the request log and the metrics, what the audit trail recorded of it.
 */
public record GatewayReply(int httpStatus, String contentType, byte[] body, Map<String, String> headers, Served served) {

    public GatewayReply {
        headers = Map.copyOf(headers);
    }

    public GatewayReply(int httpStatus, String contentType, byte[] body, Map<String, String> headers) {
        this(httpStatus, contentType, body, headers, null);
    }

    public GatewayReply(int httpStatus, String contentType, byte[] body) {
        this(httpStatus, contentType, body, Map.of());
    }

    public GatewayReply served(Served what) {
        return new GatewayReply(httpStatus, contentType, body, headers, what);
    }

    public Optional<Served> servedRequest() {
        return Optional.ofNullable(served);
    }

    /**
     * One request as its audit records tell it: Crossway's request id (the correlation id of its
     * log line), the transaction, one outcome, and the initiator's home community id when its
     * assertion was verified (empty for a refused request: whatever a refused assertion claims is
     * the sender's word, and must not become a metric label an attacker can multiply).
     */
    public record Served(String requestId, Transaction transaction, Outcome outcome, Optional<String> initiator) {

        /**
         * The request's outcome from its records (one per disclosed patient): Success if any
         * record disclosed something, else Error, Refused or NoMatch in that order.
         */
        public static Served of(Transaction transaction, String requestId, List<AuditRecord> records) {
            if (records.isEmpty()) {
                throw new IllegalArgumentException("a served request has at least one audit record");
            }
            Outcome outcome = records.get(0).outcome();
            for (Outcome o : List.of(Outcome.SUCCESS, Outcome.ERROR, Outcome.REFUSED, Outcome.NO_MATCH)) {
                if (records.stream().anyMatch(r -> r.outcome() == o)) {
                    outcome = o;
                    break;
                }
            }
            Optional<String> initiator = outcome == Outcome.REFUSED ? Optional.empty()
                    : Optional.ofNullable(records.get(0).initiator().homeCommunityId());
            return new Served(requestId, transaction, outcome, initiator);
        }
    }
}
