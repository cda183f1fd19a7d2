package dev.crossway.web.api.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Takes precedence over RESTEasy's own mapper for the more specific type, with our error shape. */
@Provider
public class JsonMappingErrorMapper implements ExceptionMapper<JsonMappingException> {

    private final JsonErrorMapper delegate = new JsonErrorMapper();

    @Override
    public Response toResponse(JsonMappingException e) {
        return delegate.toResponse(e);
    }
}
