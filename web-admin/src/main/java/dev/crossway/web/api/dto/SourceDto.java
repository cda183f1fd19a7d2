package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.SourceOutcome;
import java.util.List;

/** What one community answered: {@code Matched}, {@code NoMatch}, {@code Error}, {@code Timeout}, ... */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceDto(ReferenceDto organization, String status, long elapsedMs, String error,
                        List<DocumentRef> documents) {

    public static SourceDto of(SourceOutcome s) {
        return new SourceDto(new ReferenceDto(s.organizationId(), s.organizationName()), s.status(), s.elapsedMs(),
                s.error(), s.documents());
    }
}
