package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One section found in the body. {@code kind} is the Redox section it was read into
 * ("Allergies", ...) or "Other"; {@code text} is only kept for "Other" sections, since the
 * others have their own {@code ...Text}. A section with a nullFlavor is empty, not a failure.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SectionSummary(
        @JsonProperty("Kind") String kind,
        @JsonProperty("TemplateIds") List<String> templateIds,
        @JsonProperty("Code") Code code,
        @JsonProperty("Title") String title,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Empty") boolean empty,
        @JsonProperty("NullFlavor") String nullFlavor,
        @JsonProperty("EntryCount") int entryCount,
        @JsonProperty("Text") String text) {

    public SectionSummary {
        templateIds = List.copyOf(templateIds);
    }
}
