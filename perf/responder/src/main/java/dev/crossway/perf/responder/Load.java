package dev.crossway.perf.responder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** A closed loop: N virtual users, each sending its next pre-built request as soon as the last one is answered. */
final class Load {

    /** One pre-built request, the HTTP status it must get, and how to tell its answer is the right one. */
    record Item(String kind, URI uri, String contentType, byte[] body, Predicate<byte[]> check, int status) {
        Item(String kind, URI uri, String contentType, byte[] body, Predicate<byte[]> check) {
            this(kind, uri, contentType, body, check, 200);
        }
    }

    /**
     * One measured window; latencies in ms; the load generator is this JVM's client or wrk;
     * {@code serverSwitches}: the server's context switches per request (all its threads, voluntary
     * and not), which is where a hand-off between threads shows.
     */
    record Result(String name, String generator, int users, long count, long errors, double seconds, double p50, double p90,
                  double p99, double max, double serverCpuMs, double dbCpuMs, double clientCpuMs, double machineBusy,
                  String firstError, boolean exhausted, double serverSwitches) {
        double perSecond() {
            return count / seconds;
        }

        static Result of(String name, String generator, int users, long count, long errors, double seconds, Histogram h, double serverCpuMs,
                         double dbCpuMs, double clientCpuMs, double machineBusy, String firstError, boolean exhausted,
                         double serverSwitches) {
            return new Result(name, generator, users, count, errors, seconds, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                    serverCpuMs, dbCpuMs, clientCpuMs, machineBusy, firstError, exhausted, serverSwitches);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * The JVM client of the measured windows ({@code --jvm-client}). Both are HTTP/1.1 with keep-alive and
     * send the same bytes; they differ in what they cost the cores they share with the server. The JDK's
     * {@code java.net.http} client runs every exchange through its selector thread and completes it on
     * another (several hand-offs per request, 0.13-0.45 ms of CPU per request in docs/PERFORMANCE.md);
     * Apache HttpClient 5's classic client sends and reads on the calling thread over a pooled blocking
     * connection, one per user.
     */
    enum Client {
        HTTPCLIENT5("httpclient5"), JDK("java.net.http");

        final String label;

        Client(String label) {
            this.label = label;
        }

        static Client of(String name) {
            for (Client c : values()) {
                if (c.label.equals(name) || c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("a JVM client is httpclient5 or java.net.http, not " + name);
        }
    }

    /** The client of {@link #send} and of the windows not given one: {@code --jvm-client}'s. */
    static volatile Client client = Client.HTTPCLIENT5;

    /** At most this many connections: more than any window's users. */
    private static final int MAX_CONNECTIONS = 1024;

    private static final CloseableHttpClient CLASSIC = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                            .setSocketTimeout(Timeout.ofSeconds(60))
                            // a connection idle between windows (signing the next pool takes minutes) may have been
                            // closed by the server: checked before reuse, never inside a window
                            .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build())
                    .build())
            .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableContentCompression()
            .disableAuthCaching().build();

    private Load() {
    }

    static byte[] send(Item item) throws IOException, InterruptedException {
        return send(client, item);
    }

    static byte[] send(Client with, Item item) throws IOException, InterruptedException {
        return with == Client.HTTPCLIENT5 ? sendClassic(item) : sendJdk(item);
    }

    private static byte[] sendClassic(Item item) throws IOException {
        HttpPost post = new HttpPost(item.uri());
        // the type's text as given (ContentType would re-spell its parameters)
        post.setHeader("Content-Type", item.contentType());
        post.setEntity(new ByteArrayEntity(item.body(), null));
        return CLASSIC.execute(post, r -> {
            byte[] body = r.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(r.getEntity());
            if (r.getCode() != item.status()) {
                throw new IOException("HTTP " + r.getCode() + ": " + new String(body, 0, Math.min(400, body.length)));
            }
            return body;
        });
    }

    private static byte[] sendJdk(Item item) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(item.uri()).timeout(Duration.ofSeconds(60))
                .header("Content-Type", item.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(item.body())).build();
        HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != item.status()) {
            throw new IOException("HTTP " + r.statusCode() + ": " + new String(r.body(), 0, Math.min(400, r.body().length)));
        }
        return r.body();
    }

    /**
     * Runs {@code users} closed-loop users for {@code seconds} (or until {@code source} returns null)
     * and measures every request that started inside the window.
     */
    static Result run(String name, int users, double seconds, Supplier<Item> source, long serverPid, long dbPid) {
        return run(client, name, users, seconds, source, serverPid, dbPid);
    }

    /** The same, every request of the window sent with {@code with}. */
    static Result run(Client with, String name, int users, double seconds, Supplier<Item> source, long serverPid,
                      long dbPid) {
        Recorder recorder = new Recorder(3);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong exhausted = new AtomicLong();
        String[] firstError = {null};
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long server0 = cpuTicks(serverPid);
        long switches0 = contextSwitches(serverPid);
        long db0 = cpuTicks(dbPid);
        long client0 = clientCpuNanos();
        long[] machine0 = machine();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    Item item = source.get();
                    if (item == null) {
                        exhausted.incrementAndGet();
                        return;
                    }
                    long t0 = System.nanoTime();
                    try {
                        byte[] body = send(with, item);
                        long t1 = System.nanoTime();
                        recorder.recordValue(Math.max(1, (t1 - t0) / 1000));
                        count.incrementAndGet();
                        if (!item.check().test(body)) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = item.kind() + ": unexpected answer: "
                                            + new String(body, 0, Math.min(1500, body.length));
                                }
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        count.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = item.kind() + ": " + e;
                            }
                        }
                    }
                }
            }, name + "-user-" + u);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long end = System.nanoTime();
        long server1 = cpuTicks(serverPid);
        long switches1 = contextSwitches(serverPid);
        long db1 = cpuTicks(dbPid);
        long client1 = clientCpuNanos();
        long[] machine1 = machine();
        long n = Math.max(1, count.get());
        double busy = machine1[0] - machine0[0] == 0 ? 0
                : 1.0 - (double) (machine1[1] - machine0[1]) / (machine1[0] - machine0[0]);
        return Result.of(name, with.label, users, count.get(), errors.get(), (end - start) / 1e9, recorder.getIntervalHistogram(),
                (server1 - server0) * 10.0 / n, (db1 - db0) * 10.0 / n, (client1 - client0) / 1e6 / n, busy, firstError[0],
                exhausted.get() > 0, (double) (switches1 - switches0) / n);
    }

    /** utime + stime of a process in clock ticks (USER_HZ 100 on Linux). */
    static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The context switches of all of a process's threads so far (voluntary and involuntary, from
     * {@code /proc/<pid>/task/<tid>/status}); a thread that ended between two readings takes its
     * count with it, which the server's pooled threads do not.
     */
    static long contextSwitches(long pid) {
        if (pid <= 0) {
            return 0;
        }
        long total = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (IOException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Total and idle (idle + iowait) jiffies of the whole machine. */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }
}
