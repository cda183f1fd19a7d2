package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's coded value of the Organization model, {@code {"System", "Value"}} (an organization's
 * {@code Type}, an endpoint's purposes of use and roles). A plain string is read as its
 * {@code Value}, since Crossway's own requests send one.
 */
@Schema
public record SystemValueDto(String system, String value) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SystemValueDto {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SystemValueDto of(String value) {
        return value == null ? null : new SystemValueDto(null, value);
    }
}
