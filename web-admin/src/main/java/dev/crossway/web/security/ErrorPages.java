package dev.crossway.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's own error responses (401 from the OIDC mechanism, 403 from a security
 * constraint, 404, 500), written as the API's JSON error so that no caller ever sees an HTML
 * error page or a stack trace.
 */
@WebServlet("/error/*")
public class ErrorPages extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute("jakarta.servlet.error.status_code");
        int code = status instanceof Integer i ? i : 500;
        String name = switch (code) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            default -> "InternalError";
        };
        String message = switch (code) {
            case 401 -> "a valid bearer token is required";
            case 403 -> "your role does not allow this call";
            case 404 -> "no such resource";
            default -> "an internal error occurred";
        };
        resp.setStatus(code);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write("{\"Errors\":[{\"Code\":\"" + name + "\",\"Message\":\"" + message + "\"}]}");
    }
}
