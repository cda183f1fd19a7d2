package dev.crossway.perf.initiator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated XCPD responders on 127.0.0.1, in a process of their own so that their threads and heap
 * are not counted against the initiator. One HttpServer (4 handler threads, 2 delay threads):
 * <ul>
 * <li>{@code /slow/N}: endpoint N of the 500-endpoint fan-out: never answers when N % 10 == 0,
 * else answers after 50 ms + (N * 7919 % 4951) ms (50 ms to 5 s, spread evenly), with the real
 * Metriport XCPD match response for N % 3 == 0 and the no-match response otherwise;</li>
 * <li>{@code /fast/N}: endpoint N of the concurrent test: answers after 50 + (N * 7919 % 451) ms
 * (50 to 500 ms), match for N % 3 == 0.</li>
 * </ul>
 * Delayed answers are written from the scheduler after the handler returned.
 *
 *   java -cp initiator-bench.jar dev.crossway.perf.initiator.Simulator PORT SAMPLES_DIR
 */
public final class Simulator {

    static final String SOAP = "application/soap+xml; charset=UTF-8";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path samples = Path.of(args[1]);
        byte[] match = Files.readAllBytes(samples.resolve("xcpd_match.soap.xml"));
        byte[] noMatch = Files.readAllBytes(samples.resolve("xcpd_no_match.soap.xml"));
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        ScheduledExecutorService delays = Executors.newScheduledThreadPool(2);
        List<HttpExchange> hanging = new CopyOnWriteArrayList<>();
        AtomicLong requests = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            int n;
            try {
                n = Integer.parseInt(parts[parts.length - 1]);
            } catch (NumberFormatException e) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            boolean slow = path.startsWith("/slow/");
            if (slow && n % 10 == 0) {
                hanging.add(exchange); // never answers
                return;
            }
            long delay = slow ? 50 + (n * 7919L) % 4951 : 50 + (n * 7919L) % 451;
            byte[] body = n % 3 == 0 ? match : noMatch;
            delays.schedule(() -> write(exchange, body), delay, TimeUnit.MILLISECONDS);
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hanging.forEach(HttpExchange::close);
            server.stop(0);
        }));
        // drop hanging exchanges older than a minute so a long run does not pile them up
        delays.scheduleAtFixedRate(() -> {
            if (hanging.size() > 5000) {
                hanging.subList(0, 1000).forEach(HttpExchange::close);
                hanging.subList(0, 1000).clear();
            }
        }, 60, 60, TimeUnit.SECONDS);
        System.out.println("simulator ready on 127.0.0.1:" + port + " pid " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void write(HttpExchange exchange, byte[] body) {
        try {
            exchange.getResponseHeaders().add("Content-Type", SOAP);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException gone) {
            // the initiator gave up (timeout): fine
        } finally {
            exchange.close();
        }
    }
}
