package dev.crossway.web.api.error;

import dev.crossway.directory.application.DirectoryPublishException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The Carequality directory refused a publish or was unreachable: 502 with what it said. */
@Provider
public class PublishErrorMapper implements ExceptionMapper<DirectoryPublishException> {

    @Override
    public Response toResponse(DirectoryPublishException e) {
        return ApiError.response(Response.Status.BAD_GATEWAY, "DirectoryPublishFailed", e.getMessage(), null);
    }
}
