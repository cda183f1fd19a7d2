package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parent organization: Redox's {@code PartOf.Identifier.Value} (its OID, as Redox's
 * Organization.New example sends it), and Crossway's {@code ID} and {@code Name}. Either spelling
 * names the parent in a request; answers carry both.
 */
@Schema
public record PartOfDto(@JsonProperty("ID") String id, String name, IdentifierValueDto identifier) {

    /** Redox's {@code {"System", "Type", "Value": "<OID>"}}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IdentifierValueDto(String system, String type, String value) {
    }

    public static PartOfDto of(String oid) {
        return oid == null ? null : new PartOfDto(oid, null, new IdentifierValueDto(null, "OID", oid));
    }

    /** The parent's OID, from either spelling. */
    public String oid() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        return identifier == null ? null : identifier.value();
    }
}
