package dev.crossway.web.api;

import dev.crossway.web.api.error.ApiError;
import dev.crossway.web.security.SandboxAccounts;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * The sandbox clients' credentials (and the sandbox users' passwords) are published; outside a
 * sandbox installation ({@code crossway.sandbox=false}, the default) a token issued to any of
 * them is refused ({@link SandboxAccounts}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SandboxGuard implements ContainerRequestFilter {

    private final SandboxAccounts accounts = SandboxAccounts.configured();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (user == null) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                    "a valid bearer token is required", null));
            return;
        }
        if (accounts.refuses(user.getName(), request.getSecurityContext()::isUserInRole)) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED, "SandboxCredentials",
                    "sandbox credentials are refused outside the sandbox", null));
        }
    }
}
