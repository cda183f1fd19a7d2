package dev.crossway.initiator.infrastructure.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The body of one delivery attempt: {@code {"EventID", "EventType", "Timestamp", "Attempt", "Data"}},
 * the published event's JSON as {@code Data} byte for byte. The timestamp is the attempt's (the same
 * string as the timestamp header), so the signature over the body covers it: a receiver refuses a
 * stale one, and a replayed body cannot be given a fresh time without the secret. {@code EventID} is
 * the same for every attempt: receivers drop an id they have already processed (delivery is at
 * least once).
 */
public record Envelope(String eventId, String eventType, String timestamp, int attempt, byte[] body) {

    private static final JsonFactory JSON = new JsonFactory();

    public static Envelope of(String eventId, String eventType, String data, Instant at, int attempt) {
        String timestamp = at.truncatedTo(ChronoUnit.SECONDS).toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length() + 200);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("EventID", eventId);
            g.writeStringField("EventType", eventType);
            g.writeStringField("Timestamp", timestamp);
            g.writeNumberField("Attempt", attempt);
            g.writeFieldName("Data");
            g.writeRawValue(data);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Envelope(eventId, eventType, timestamp, attempt, out.toByteArray());
    }
}
