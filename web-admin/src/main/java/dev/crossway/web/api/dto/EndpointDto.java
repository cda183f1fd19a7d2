package dev.crossway.web.api.dto;

import java.util.List;

/** One endpoint: {@code Transaction} is "XCPD ITI-55", "XCA ITI-38" or "XCA ITI-39". */
public record EndpointDto(String transaction, String address, List<String> purposesOfUse, List<String> roles) {
}
