package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook destination: the registration request ({@code URL}, {@code Events}) and the answers.
 * Only the registration's answer carries the {@code Secret} (every delivery is signed with it).
 */
@Schema(name = "Destination")
public record DestinationDto(@JsonProperty("ID") String id,
                             @JsonProperty("URL") String url,
                             @JsonProperty("Events") List<String> events,
                             @JsonProperty("Secret") String secret,
                             @JsonProperty("Owner") String owner,
                             @JsonProperty("Created") Instant created) {
}
