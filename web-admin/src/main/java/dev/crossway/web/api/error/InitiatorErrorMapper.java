package dev.crossway.web.api.error;

import dev.crossway.initiator.application.InitiatorValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The initiator refused a request: 400 naming the field. */
@Provider
public class InitiatorErrorMapper implements ExceptionMapper<InitiatorValidationException> {

    @Override
    public Response toResponse(InitiatorValidationException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, "InvalidRequest", e.getMessage(), FieldPaths.of(e.field()));
    }
}
