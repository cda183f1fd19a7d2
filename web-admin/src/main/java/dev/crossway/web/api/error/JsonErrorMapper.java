package dev.crossway.web.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Unreadable JSON: 400 naming the field (as a path such as {@code Organization.Address.ZIP}). */
@Provider
public class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = field == null
                ? "the body is not valid JSON: " + e.getOriginalMessage()
                : "'" + field + "' has the wrong type or format";
        return ApiError.response(Response.Status.BAD_REQUEST, "InvalidJson", message, field);
    }
}
