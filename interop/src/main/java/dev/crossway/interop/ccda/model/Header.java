package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Redox's {@code Header} wrapper. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Header(@JsonProperty("Document") DocumentHeader document) {
}
