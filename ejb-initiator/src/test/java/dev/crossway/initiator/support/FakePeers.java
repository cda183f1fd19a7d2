package dev.crossway.initiator.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Real HTTP peers on 127.0.0.1 (one {@link HttpServer}, one context per peer) that behave as
 * partners do: answer (after a delay), never answer, fault, send garbage or a huge body. Delayed
 * answers are written from a scheduler after the handler returned, so the fake network itself
 * needs few threads.
 */
public final class FakePeers implements AutoCloseable {

    public static final String SOAP = "application/soap+xml; charset=UTF-8";

    /** A peer's answer to a request body; null body means "never answer". */
    public record Reply(int status, String contentType, byte[] body, Duration delay) {
        public static Reply soap(byte[] body) {
            return new Reply(200, SOAP, body, Duration.ZERO);
        }

        public static Reply never() {
            return new Reply(0, null, null, Duration.ZERO);
        }

        public Reply after(Duration d) {
            return new Reply(status, contentType, body, d);
        }

        public Reply withStatus(int s) {
            return new Reply(s, contentType, body, delay);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(2);
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, List<byte[]>> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
    private final List<HttpExchange> hanging = new CopyOnWriteArrayList<>();

    public FakePeers() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(handlers);
        server.start();
    }

    /** Adds a peer at {@code /name}; returns its URL. */
    public String peer(String name, Function<byte[], Reply> behaviour) {
        String path = "/" + name;
        counts.put(path, new AtomicInteger());
        requests.put(path, new CopyOnWriteArrayList<>());
        replies.put(path, new AtomicInteger());
        server.createContext(path, exchange -> handle(path, exchange, behaviour));
        return url(path);
    }

    /** A peer streaming {@code megabytes} of XML-ish junk, as fast as the client reads. */
    public String huge(String name, int megabytes) {
        String path = "/" + name;
        counts.put(path, new AtomicInteger());
        requests.put(path, new CopyOnWriteArrayList<>());
        server.createContext(path, exchange -> {
            counts.get(path).incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", SOAP);
            byte[] block = "<x>0123456789</x>".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, 0);
                long left = megabytes * 1024L * 1024L;
                while (left > 0) {
                    out.write(block);
                    left -= block.length;
                }
            } catch (IOException cutOff) {
                // the client hung up: expected
            } finally {
                exchange.close();
            }
        });
        return url(path);
    }

    /** A URL where nothing listens (connection refused). */
    public static String refused() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/nobody";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count(String url) {
        return counts.get(path(url)).get();
    }

    /** Answers written (or attempted) so far. */
    public int replied(String url) {
        return replies.get(path(url)).get();
    }

    public List<byte[]> requests(String url) {
        return requests.get(path(url));
    }

    private void handle(String path, HttpExchange exchange, Function<byte[], Reply> behaviour) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        counts.get(path).incrementAndGet();
        requests.get(path).add(body);
        Reply reply;
        try {
            reply = behaviour.apply(body);
        } catch (RuntimeException e) {
            reply = new Reply(500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }
        if (reply.body() == null) {
            hanging.add(exchange);
            return;
        }
        Reply r = reply;
        AtomicInteger replied = replies.get(path);
        if (r.delay().isZero()) {
            write(exchange, r);
            replied.incrementAndGet();
        } else {
            delays.schedule(() -> {
                write(exchange, r);
                replied.incrementAndGet();
            }, r.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void write(HttpExchange exchange, Reply r) {
        try {
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        } catch (IOException gone) {
            // the client gave up: fine
        } finally {
            exchange.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String path(String url) {
        return url.substring(url.indexOf('/', "http://".length()));
    }

    @Override
    public void close() {
        hanging.forEach(HttpExchange::close);
        server.stop(0);
        handlers.shutdownNow();
        delays.shutdownNow();
    }
}
