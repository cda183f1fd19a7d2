package dev.crossway.web.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's {@code Meta} block: which data model and event a message is, and for whom.
 * {@code Extensions} are Redox's typed values keyed by name (see {@link ExtensionDto}).
 */
@Schema
public record MetaDto(String dataModel, String eventType, Instant eventDateTime, Boolean test,
                      SystemRefDto source, List<SystemRefDto> destinations,
                      String facilityCode, Map<String, ExtensionDto> extensions) {

    /** The Meta of an answer: the response event, the request's Test flag and FacilityCode. */
    public static MetaDto reply(MetaDto request, String dataModel, String eventType) {
        return new MetaDto(dataModel, eventType, Instant.now(), request == null ? null : request.test(),
                null, null, request == null ? null : request.facilityCode(), null);
    }

    /** An extension's value as text, or null when it is absent. */
    public String extension(String name) {
        ExtensionDto e = extensions == null ? null : extensions.get(name);
        return e == null ? null : e.text();
    }
}
