package dev.crossway.web.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, "InvalidRequest", e.getMessage(), e.field());
    }
}
