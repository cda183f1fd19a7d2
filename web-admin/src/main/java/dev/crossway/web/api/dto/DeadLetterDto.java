package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook delivery whose attempts ran out: what it carried, where, and why it failed last. */
@Schema(name = "DeadLetter")
public record DeadLetterDto(@JsonProperty("ID") long id,
                            @JsonProperty("DestinationID") String destinationId,
                            @JsonProperty("URL") String url,
                            @JsonProperty("EventID") String eventId,
                            @JsonProperty("EventType") String eventType,
                            @JsonProperty("Attempts") int attempts,
                            @JsonProperty("LastStatus") Integer lastStatus,
                            @JsonProperty("LastError") String lastError,
                            @JsonProperty("Created") Instant created,
                            @JsonProperty("DeadSince") Instant deadSince) {
}
