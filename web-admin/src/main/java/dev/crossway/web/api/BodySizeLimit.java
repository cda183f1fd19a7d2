package dev.crossway.web.api;

import dev.crossway.interop.config.Setting;
import dev.crossway.web.api.error.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses API bodies over {@code crossway.api.max-bytes} (default 20 MiB, enough for a C-CDA in
 * base64) with a JSON error before anything reads them. Bodies without a length are bounded by the
 * HTTP listener's own limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    private static final long MAX = Setting.integer("crossway.api.max-bytes", 20 * 1024 * 1024);

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX) {
            request.abortWith(ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "TooLarge",
                    "the body exceeds the limit of " + MAX + " bytes", null));
        }
    }
}
