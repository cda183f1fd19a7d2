package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.ResponseStatus;
import java.util.List;
import java.util.stream.Collectors;

/** An ITI-38 answer as document references and a status (OK, with the errors of a partial success). */
final class QueryAnswers {

    private QueryAnswers() {
    }

    static DocumentList documents(Community c, CallResult r) {
        if (!r.ok()) {
            return new DocumentList(List.of(), Outcomes.failed(c, r));
        }
        AdhocQueryResponse response;
        try {
            response = AdhocQueryResponseReader.read(r.message().envelope().payload());
        } catch (RuntimeException e) {
            return new DocumentList(List.of(), Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), "malformed response: " + e.getMessage()));
        }
        String errors = errors(response.errors());
        if (response.status() == ResponseStatus.FAILURE) {
            return new DocumentList(List.of(), Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), errors));
        }
        List<DocumentRef> refs = response.documents().stream().map(d -> XcaMessages.ref(d, c.organizationId())).toList();
        return new DocumentList(refs, new SourceOutcome(c.organizationId(), c.organizationName(), SourceOutcome.OK,
                r.elapsedMs(), errors.isEmpty() ? null : errors, refs));
    }

    static String errors(List<RegistryError> errors) {
        return errors.stream().map(e -> e.errorCode() + (e.codeContext().isBlank() ? "" : ": " + e.codeContext()))
                .collect(Collectors.joining("; "));
    }
}
