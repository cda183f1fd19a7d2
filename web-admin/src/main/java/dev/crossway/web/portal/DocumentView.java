package dev.crossway.web.portal;

import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.interop.ccda.CcdaRejectedException;
import dev.crossway.interop.ccda.NarrativeHtml;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A retrieved document opened in the portal: a C-CDA rendered as HTML by Crossway itself from its
 * narrative (whitelisted elements, everything escaped, never the document's own stylesheet or
 * scripts); anything else sent as an attachment.
 */
@WebServlet("/admin/document")
public class DocumentView extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentQueries documents;
    @Inject
    transient SigningIdentity identity;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String org = req.getParameter("org");
        String repository = req.getParameter("repo");
        String id = req.getParameter("id");
        if (org == null || repository == null || id == null) {
            resp.sendError(400, "org, repo and id are required");
            return;
        }
        InitiatorContext context = new InitiatorContext(req.getUserPrincipal().getName(), null, "TREATMENT",
                "Crossway portal", identity.homeCommunityId(), null).by(req.getUserPrincipal().getName(), InitiatorContext.Channel.PORTAL);
        RetrievedDocument doc;
        try {
            doc = documents.retrieve(context, org, repository, id);
        } catch (InitiatorValidationException e) {
            resp.sendError(400, e.getMessage());
            return;
        }
        if (doc.content() == null) {
            resp.setStatus(502);
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write("the community did not return the document: " + doc.source().status() + " "
                    + (doc.source().error() == null ? "" : doc.source().error()));
            return;
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (doc.mimeType() != null && doc.mimeType().contains("xml")) {
            try {
                String html = NarrativeHtml.render(doc.content());
                resp.setContentType("text/html;charset=UTF-8");
                resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
                return;
            } catch (CcdaRejectedException e) {
                // not a C-CDA: fall through to a download
            }
        }
        resp.setContentType(doc.mimeType() == null ? "application/octet-stream" : doc.mimeType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"document\"");
        resp.getOutputStream().write(doc.content());
    }
}
