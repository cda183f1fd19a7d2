package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.CcdaRejectedException;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.xca.RejectedDocument;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveResponseReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ITI-39 answer as one {@link RetrievedDocument} per document asked for, C-CDAs read into discrete data. */
final class RetrieveAnswers {

    private static final Set<String> XML_TYPES = Set.of("text/xml", "application/xml", "application/hl7-v3+xml",
            "application/hl7-cda+xml");

    private RetrieveAnswers() {
    }

    static List<RetrievedDocument> documents(Community c, List<DocumentRef> asked, CallResult r) {
        if (!r.ok()) {
            SourceOutcome failed = Outcomes.failed(c, r);
            return asked.stream().map(d -> failed(d, failed)).toList();
        }
        RetrieveDocumentSetResponse response;
        try {
            response = RetrieveResponseReader.read(r.message().envelope().payload(), r.message().resolver());
        } catch (RuntimeException e) {
            SourceOutcome malformed = Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), "malformed response: " + e.getMessage());
            return asked.stream().map(d -> failed(d, malformed)).toList();
        }
        Map<String, dev.crossway.interop.xca.RetrievedDocument> byId = new HashMap<>();
        response.documents().forEach(d -> byId.put(d.documentUniqueId().value(), d));
        Map<String, String> rejected = new HashMap<>();
        for (RejectedDocument x : response.rejected()) {
            x.documentUniqueId().ifPresent(id -> rejected.put(id.value(), x.reason()));
        }
        String errors = QueryAnswers.errors(response.errors());
        List<RetrievedDocument> out = new ArrayList<>();
        for (DocumentRef d : asked) {
            dev.crossway.interop.xca.RetrievedDocument got = byId.get(d.id());
            if (got == null) {
                String why = rejected.getOrDefault(d.id(), errors.isEmpty() ? "document not in the response" : errors);
                out.add(failed(d, Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), why)));
            } else {
                byte[] content = got.content();
                out.add(new RetrievedDocument(d.id(), d.repositoryUniqueId(), d.homeCommunityId(), got.mimeType(), content,
                        summary(got.mimeType(), content), Outcomes.of(c, SourceOutcome.OK, r.elapsedMs(), null)));
            }
        }
        return out;
    }

    static RetrievedDocument failed(DocumentRef d, SourceOutcome why) {
        return new RetrievedDocument(d.id(), d.repositoryUniqueId(), d.homeCommunityId(), d.mimeType(), new byte[0], null, why);
    }

    /** The discrete data of a C-CDA; null for anything else, or a document that is not readable C-CDA. */
    static ClinicalSummary summary(String mimeType, byte[] content) {
        String type = mimeType == null ? "" : mimeType.toLowerCase(java.util.Locale.ROOT);
        if (!XML_TYPES.contains(type) && !type.endsWith("+xml")) {
            return null;
        }
        try {
            return CcdaReader.read(content);
        } catch (CcdaRejectedException e) {
            return null;
        }
    }
}
