package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of Redox's typed {@code Meta.Extensions} values: {@code {"url", "string"}},
 * {@code {"url", "coding": {"code", "display"}}}, {@code {"url", "boolean"}} or
 * {@code {"url", "integer"}}. A bare string is accepted too (Crossway's earlier form, and what
 * hand-written clients send).
 */
@Schema
public record ExtensionDto(@JsonProperty("url") String url, @JsonProperty("string") String string,
                           @JsonProperty("coding") CodingDto coding, @JsonProperty("boolean") Boolean bool,
                           @JsonProperty("integer") Long integer) {

    /** Redox's {@code coding}: a code with its display name. */
    public record CodingDto(@JsonProperty("code") String code, @JsonProperty("display") String display) {
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ExtensionDto {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExtensionDto ofText(String text) {
        return new ExtensionDto(null, text, null, null, null);
    }

    /** The value as text: the string, else the coding's code, else the boolean or integer. */
    public String text() {
        if (string != null) {
            return string;
        }
        if (coding != null) {
            return coding.code();
        }
        if (bool != null) {
            return bool.toString();
        }
        return integer == null ? null : integer.toString();
    }
}
