package dev.crossway.interop.ccda.model;

import java.util.List;

/**
 * One section found in the body. {@code kind} is the Redox section it was read into
 * ("Allergies", ...) or "Other"; {@code text} is only kept for "Other" sections, since the
 * others have their own {@code ...Text}. A section with a nullFlavor is empty, not a failure.
 */
public record SectionSummary(
        String kind,
        List<String> templateIds,
        Code code,
        String title,
        boolean empty,
        String nullFlavor,
        int entryCount,
        String text) {

    public SectionSummary {
        templateIds = List.copyOf(templateIds);
    }
}
