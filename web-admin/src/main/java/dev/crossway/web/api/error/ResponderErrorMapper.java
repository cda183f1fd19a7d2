package dev.crossway.web.api.error;

import dev.crossway.responder.application.DocumentNotFoundException;
import dev.crossway.responder.application.PatientNotFoundException;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.TrustAnchorNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The responder refused input: 400 naming the field; an unknown patient, document or anchor: 404. */
@Provider
public class ResponderErrorMapper implements ExceptionMapper<ResponderValidationException> {

    @Override
    public Response toResponse(ResponderValidationException e) {
        if (e instanceof PatientNotFoundException || e instanceof DocumentNotFoundException
                || e instanceof TrustAnchorNotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, "NotFound", e.getMessage(), FieldPaths.of(e));
        }
        return ApiError.response(Response.Status.BAD_REQUEST, "InvalidRequest", e.getMessage(), FieldPaths.of(e));
    }
}
