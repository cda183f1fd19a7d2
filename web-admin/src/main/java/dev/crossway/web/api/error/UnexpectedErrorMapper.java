package dev.crossway.web.api.error;

import dev.crossway.interop.id.RandomUuids;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: logged with an incident id, answered 500 with that id and nothing else. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = RandomUuids.next().toString();
        LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "InternalError",
                "an internal error occurred (incident " + incident + ")", null);
    }
}
