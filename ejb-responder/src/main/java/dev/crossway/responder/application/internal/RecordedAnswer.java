package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A gateway reply released once the audit records of its request are committed, and never before. */
final class RecordedAnswer {

    private static final Logger LOG = Logger.getLogger(RecordedAnswer.class.getName());

    private RecordedAnswer() {
    }

    /**
     * The stage of {@code answered}'s reply, summarised by its {@code records} for the request log
     * and the metrics: it completes when every one of {@code commits} has, on the thread that
     * completed the last of them. If one failed, an answer (HTTP 200) becomes a Receiver fault, as
     * nothing may be disclosed that the audit trail does not account for, and a fault is sent as it
     * is. The stage never completes exceptionally.
     */
    static CompletionStage<GatewayReply> once(GatewayEndpoint endpoint, GatewayPipeline.Answered answered,
                                              List<AuditRecord> records, List<CompletableFuture<Void>> commits) {
        GatewayReply reply = records.isEmpty() ? answered.reply()
                : answered.reply().served(GatewayReply.Served.of(endpoint.transaction(), records.get(0).requestId(), records));
        if (commits.isEmpty()) {
            return CompletableFuture.completedFuture(reply);
        }
        CompletableFuture<Void> all = commits.size() == 1 ? commits.get(0)
                : CompletableFuture.allOf(commits.toArray(CompletableFuture[]::new));
        return all.handle((committed, failure) -> failure == null ? reply : unrecorded(endpoint, answered, reply, failure));
    }

    private static GatewayReply unrecorded(GatewayEndpoint endpoint, GatewayPipeline.Answered answered, GatewayReply reply,
                                           Throwable failure) {
        String requestId = answered.requestId().id();
        if (reply.httpStatus() != 200) {
            LOG.log(Level.WARNING, "cannot audit the rejected request " + requestId, failure);
            return reply;
        }
        LOG.log(Level.WARNING, "responder " + endpoint + " withheld its answer to " + requestId
                + ": its audit records could not be committed", failure);
        return answered.unrecorded().served(new GatewayReply.Served(requestId, endpoint.transaction(), Outcome.ERROR,
                Optional.empty()));
    }
}
