package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One measured or stated observation (result component, vital sign, social history item).
 * {@code value} is text as Redox sends it; a comparator from an interval is kept in it
 * ("&lt;=5"). {@code valueType} follows Redox: Numeric, String, Coded Entry, DateTime, Boolean.
 * A coded value is also given whole in {@code valueCode}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Observation(
        @JsonProperty("Code") Code code,
        @JsonProperty("Value") String value,
        @JsonProperty("ValueType") String valueType,
        @JsonProperty("ValueCode") Code valueCode,
        @JsonProperty("Units") String units,
        @JsonProperty("ReferenceRange") ReferenceRange referenceRange,
        @JsonProperty("InterpretationCode") String interpretationCode,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("Status") String status) {
}
