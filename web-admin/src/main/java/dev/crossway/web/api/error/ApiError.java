package dev.crossway.web.api.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API: {@code {"Errors": [{"Code", "Message", "Field"}]}}. Codes are
 * stable (clients branch on them); messages are for people; a stack trace never leaves the server.
 */
@Schema(name = "Error")
public record ApiError(@JsonProperty("Errors") List<Entry> errors) {

    public record Entry(@JsonProperty("Code") String code, @JsonProperty("Message") String message,
                        @JsonProperty("Field") String field) {
    }

    public static ApiError of(String code, String message, String field) {
        return new ApiError(List.of(new Entry(code, message, field)));
    }

    public static Response response(Response.Status status, String code, String message, String field) {
        return response(status.getStatusCode(), code, message, field);
    }

    public static Response response(int status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(code, message, field)).build();
    }
}
