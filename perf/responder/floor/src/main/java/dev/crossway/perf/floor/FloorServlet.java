package dev.crossway.perf.floor;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@code POST /crossway-floor/answer?bytes=N}: reads the request's body and answers N bytes, doing
 * on the way in and out what the gateway servlet ({@code dev.crossway.web.gateway.GatewayServlet})
 * does and nothing else: the body read into an array of its declared length, status and headers
 * set, the answer written by the container's I/O thread through a {@link WriteListener}. No parse,
 * no signature, no cache, no audit, no security mechanism: the rest of a cache hit's CPU is
 * Crossway's. The answer is the same bytes every time (an XML comment padded to N), so a client can
 * check its length. The write below is the gateway servlet's {@code BodyWriter} again, on purpose:
 * this WAR must not contain any of Crossway's classes, and the floor must write the way the gateway
 * does (if {@code GatewayServlet}'s write changes, change this with it).
 */
@WebServlet(urlPatterns = "/answer", asyncSupported = true)
public class FloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1024 * 1024;
    private static final ConcurrentMap<Integer, byte[]> ANSWERS = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long declared = req.getContentLengthLong();
        int size = size(req.getParameter("bytes"));
        if (declared < 0 || declared > MAX_BYTES || size < 0) {
            refuse(resp, "a body with a Content-Length of at most " + MAX_BYTES + " bytes and ?bytes=7.." + MAX_BYTES);
            return;
        }
        byte[] body = new byte[(int) declared];
        if (req.getInputStream().readNBytes(body, 0, body.length) != declared) {
            refuse(resp, "the body ended before its Content-Length");
            return;
        }
        byte[] answer = ANSWERS.computeIfAbsent(size, FloorServlet::answer);
        resp.setStatus(200);
        resp.setHeader("X-Request-ID", "floor");
        resp.setContentType("application/soap+xml; charset=UTF-8");
        resp.setContentLength(answer.length);
        AsyncContext async = req.startAsync();
        // the container's async timer off, as the gateway's (which keeps a deadline of its own, AnswerDeadlines)
        async.setTimeout(0);
        ServletOutputStream out = resp.getOutputStream();
        out.setWriteListener(new WriteListener() {
            private boolean written;

            @Override
            public void onWritePossible() throws IOException {
                if (!written) {
                    written = true;
                    out.write(answer);
                }
                if (out.isReady()) {
                    async.complete();
                }
            }

            @Override
            public void onError(Throwable failure) {
                async.complete();
            }
        });
    }

    /** The asked answer size, or -1 when it is missing, not a number or out of bounds. */
    private static int size(String bytes) {
        try {
            int size = Integer.parseInt(bytes);
            return size >= 7 && size <= MAX_BYTES ? size : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** HTTP 400 with the reason as plain text (the container's error page would be HTML). */
    private static void refuse(HttpServletResponse resp, String reason) throws IOException {
        byte[] text = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(400);
        resp.setContentType("text/plain; charset=UTF-8");
        resp.setContentLength(text.length);
        resp.getOutputStream().write(text);
    }

    private static byte[] answer(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] open = "<!--".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, bytes, 0, open.length);
        bytes[size - 3] = '-';
        bytes[size - 2] = '-';
        bytes[size - 1] = '>';
        return bytes;
    }
}
