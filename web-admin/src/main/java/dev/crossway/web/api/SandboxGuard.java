package dev.crossway.web.api;

import dev.crossway.web.api.error.ApiError;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * The sandbox clients' credentials are published; outside a sandbox installation
 * ({@code crossway.sandbox=false}, the default) a token issued to them is refused.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SandboxGuard implements ContainerRequestFilter {

    private static final String SANDBOX_ACCOUNT_PREFIX = "service-account-sandbox-";

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (user == null) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                    "a valid bearer token is required", null));
            return;
        }
        if (!Boolean.getBoolean("crossway.sandbox") && user.getName().startsWith(SANDBOX_ACCOUNT_PREFIX)) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, "SandboxCredentials",
                    "sandbox credentials are refused outside the sandbox", null));
        }
    }
}
