package dev.crossway.initiator.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** A partner's webhook endpoint on loopback (JDK HttpServer, ephemeral port): records what it receives, answers as scripted. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: its headers (first values) and raw body. */
    public record Received(Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile IntSupplier otherwise = () -> 200;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(new Received(headers, body));
            Integer status = script.poll();
            exchange.sendResponseHeaders(status == null ? otherwise.getAsInt() : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next answers, in order; after them {@link #otherwise}. */
    public WebhookReceiver answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    public WebhookReceiver otherwise(int status) {
        otherwise = () -> status;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
