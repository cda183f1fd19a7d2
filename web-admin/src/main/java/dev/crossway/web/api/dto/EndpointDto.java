package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One endpoint: {@code Transaction} is "XCPD ITI-55", "XCA ITI-38" or "XCA ITI-39". */
@Schema
public record EndpointDto(String transaction, String address, List<String> purposesOfUse, List<String> roles) {
}
