package dev.crossway.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * Refuses the sandbox's published portal users ({@link SandboxAccounts}) outside a sandbox
 * installation: a 403 page that says why, the local session ended, and a warning in the log
 * (someone logged in with a published password). Mapped to {@code /admin/*} in web.xml, after
 * the login, so the user is known.
 */
public class PortalSandboxGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PortalSandboxGuard.class.getName());

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sandbox account refused</title></head>
            <body><h1>Sandbox account refused</h1>
            <p>This installation is not a sandbox: the sandbox's published accounts cannot sign in here.
            Ask your administrator for an account of your own.</p></body></html>
            """;

    private final SandboxAccounts accounts;

    public PortalSandboxGuard() {
        this(SandboxAccounts.configured());
    }

    PortalSandboxGuard(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null && accounts.refuses(user.getName(), request::isUserInRole)) {
            LOG.warning("sandbox account '" + user.getName() + "' refused in the portal from " + request.getRemoteAddr()
                    + ": this installation is not a sandbox (crossway.sandbox=false)");
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
