package dev.crossway.initiator.application;

import dev.crossway.interop.ccda.model.ClinicalSummary;

/**
 * One retrieved document.
 *
 * @param content bytes as sent (empty when the retrieve failed; see {@code source})
 * @param summary the discrete data when the document is a readable C-CDA, else null
 * @param source  how the retrieve went (status OK, Error, Timeout or Skipped)
 */
public record RetrievedDocument(
        String documentId,
        String repositoryUniqueId,
        String homeCommunityId,
        String mimeType,
        byte[] content,
        ClinicalSummary summary,
        SourceOutcome source) {
}
