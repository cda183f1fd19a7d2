package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Telephone numbers by CDA telecom use: HP/H home, MC mobile, WP office. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PhoneNumber(
        @JsonProperty("Home") String home,
        @JsonProperty("Mobile") String mobile,
        @JsonProperty("Office") String office) {
}
