package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A dose: Redox's {@code {Quantity, Units}}, the value kept as written (a range as "1-2"). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Quantity(
        @JsonProperty("Quantity") String quantity,
        @JsonProperty("Units") String units) {
}
