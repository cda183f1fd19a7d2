package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crossway.initiator.application.SourceOutcome;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Crossway's addition to Redox's answers: what one community answered ({@code Matched},
 * {@code NoMatch}, {@code Error}, {@code Timeout}, {@code Skipped}, {@code OK}), with the reason
 * for the last three and the documents it listed. {@code StoredLink} is there only when the
 * community was not asked again: a patient link an earlier discovery of the same client found, still
 * within the community's {@code CorrelationTimeToLive}, named the patient there.
 */
@Schema
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceDto(ReferenceDto organization, String status, long elapsedMs, String error,
                        List<DocumentEntryDto> documents, StoredLinkDto storedLink) {

    /** When the link was found by a discovery, and until when it stands in for asking again. */
    public record StoredLinkDto(Instant discoveredAt, Instant validUntil) {
    }

    public static SourceDto of(SourceOutcome s) {
        return new SourceDto(new ReferenceDto(s.organizationId(), s.organizationName()), s.status(), s.elapsedMs(),
                s.error(), s.documents().stream().map(DocumentEntryDto::of).toList(),
                s.storedLink() == null ? null : new StoredLinkDto(s.storedLink().discoveredAt(), s.storedLink().validUntil()));
    }
}
