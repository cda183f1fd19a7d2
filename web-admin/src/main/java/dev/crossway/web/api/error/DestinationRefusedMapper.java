package dev.crossway.web.api.error;

import dev.crossway.initiator.application.DestinationRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A destination the gateway will not take (address policy, unknown event, too many): 422 with the refusal's code. */
@Provider
public class DestinationRefusedMapper implements ExceptionMapper<DestinationRefusedException> {

    @Override
    public Response toResponse(DestinationRefusedException e) {
        return ApiError.response(422, e.code(), e.getMessage(), FieldPaths.of(e.field()));
    }
}
