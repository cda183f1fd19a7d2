package dev.crossway.web.api.error;

import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.OrganizationNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused input: 400 naming the field; an unknown organization: 404. */
@Provider
public class DirectoryErrorMapper implements ExceptionMapper<DirectoryValidationException> {

    @Override
    public Response toResponse(DirectoryValidationException e) {
        if (e instanceof OrganizationNotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, "NotFound", e.getMessage(), FieldPaths.of(e));
        }
        return ApiError.response(Response.Status.BAD_REQUEST, "InvalidRequest", e.getMessage(), FieldPaths.of(e));
    }
}
