package dev.crossway.web.api.error;

import dev.crossway.interop.access.Grant;
import dev.crossway.interop.access.NotGrantedException;
import dev.crossway.responder.application.AccessAudit;
import dev.crossway.web.access.Callers;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A call outside the caller's grants: 403 {@code NotGranted} naming what is not granted and the
 * request field that asked for it; the refusal is written to the audit trail first (nothing else
 * was written or sent: the facades check before they act).
 */
@Provider
public class NotGrantedMapper implements ExceptionMapper<NotGrantedException> {

    private static final Logger LOG = Logger.getLogger(NotGrantedMapper.class.getName());

    @Inject
    Callers callers;
    @Inject
    AccessAudit audit;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotGrantedException e) {
        try {
            audit.refused(callers.current(), uri == null ? "API call" : "API " + uri.getPath(), e);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "the refusal could not be audited: " + e.getMessage(), failure);
        }
        return ApiError.response(Response.Status.FORBIDDEN, "NotGranted", e.getMessage(), field(e.grant()));
    }

    static String field(Grant grant) {
        return switch (grant) {
            case COMMUNITY -> "Meta.FacilityCode";
            case ORGANIZATION -> "Meta.Extensions.sender-organization-id";
            case PURPOSE_OF_USE -> "Meta.Extensions.purpose-of-use";
            case ROLE -> "Meta.Extensions.user-role";
            case INITIATE -> null;
        };
    }
}
