package dev.crossway.perf.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Syncs a {@link GeneratedDirectory} of N organizations into a running Crossway and measures the
 * sync time, then the latency (one sequential client) and the throughput (several concurrent
 * clients) of 25-mile radius queries around ZIPs and of selective name queries, with the server's
 * CPU per request read from {@code /proc/<pid>/stat}. Prints a Markdown report (and writes it to
 * {@code --out}).
 *
 * <pre>
 * java -jar directory-bench.jar --zcta ../shared/geo/zcta.csv --api http://localhost:8580
 *      --token-url http://localhost:8190/realms/crossway/protocol/openid-connect/token
 *      [--n 100000] [--page-sizes 1000,500] [--warmup-seconds 60] [--latency-queries 2000]
 *      [--throughput-seconds 30] [--clients 4] [--server-pid PID] [--db-pid PID] [--out FILE]
 *      [--queries radius] [--radius-bodies 5000] [--floor-queries N]
 * </pre>
 *
 * <p>{@code --floor-queries N}: also N calls (one client, then the concurrent clients for the
 * throughput window) of the same endpoint with a radius body whose {@code Meta.EventType} is wrong,
 * which the API refuses (400, our error format) before it calls the directory: what any
 * authenticated API call costs on this stack (HTTP, the bearer token's check, the request log,
 * JAX-RS, reading and writing JSON), the floor under the radius query's numbers.
 */
public final class DirectoryBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CLK_TCK = 100; // USER_HZ on Linux

    private final Args a;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final Token admin;
    private final Token partner;
    private final long serverPid;
    private final long dbPid;
    private final StringBuilder report = new StringBuilder();

    private DirectoryBench(Args a) {
        this.a = a;
        this.api = a.string("api", "http://localhost:8580").replaceAll("/+$", "");
        String tokenUrl = a.string("token-url", "http://localhost:8190/realms/crossway/protocol/openid-connect/token");
        this.admin = new Token(tokenUrl, a.string("admin-client", "sandbox-admin"), a.string("admin-secret", "sandbox-admin-secret"));
        this.partner = new Token(tokenUrl, a.string("partner-client", "sandbox-partner"), a.string("partner-secret", "sandbox-secret"));
        this.serverPid = a.longValue("server-pid", -1);
        this.dbPid = a.longValue("db-pid", -1);
    }

    public static void main(String[] args) throws Exception {
        new DirectoryBench(new Args(args)).run();
    }

    private void run() throws Exception {
        int n = a.integer("n", 100_000);
        List<GeneratedDirectory.Zip> zips = GeneratedDirectory.readZips(Path.of(a.required("zcta")));
        String key = "perf-key-" + Long.toHexString(System.nanoTime());
        try (GeneratedDirectory dir = new GeneratedDirectory(n, a.longValue("seed", 42), key, zips, 0)) {
            line("## Directory: %,d organizations", n);
            line("");
            line("Generated directory: %s (%,d continental-US ZIP centroids)", dir.baseUrl(), zips.size());
            line("");
            sync(dir, n, key);
            List<String> words = nameWords(dir, n);
            List<byte[]> radius = radiusBodies(zips, a.integer("radius-bodies", 5000));
            List<byte[]> names = new ArrayList<>();
            for (String w : words) {
                names.add(body(Map.of("Name", w), null, 20));
            }
            // --queries radius: the radius query alone (shorter runs when only it changed)
            boolean withNames = !"radius".equals(a.string("queries", "all"));
            warmUp(radius, withNames ? names : List.of());
            line("### Latency: one client, sequential (ms)");
            line("");
            line("| query | n | p50 | p90 | p99 | max | mean | req/s | server CPU ms/req | MariaDB CPU ms/req | hits per query (mean / max) |");
            line("|---|---|---|---|---|---|---|---|---|---|---|");
            int m = a.integer("latency-queries", 2000);
            measure("radius 25 mi around a ZIP", radius, 1, m, 0);
            int floor = a.integer("floor-queries", 0);
            List<byte[]> floorBodies = floorBodies(zips);
            if (floor > 0) {
                measure(FLOOR, floorBodies, 1, floor, 0);
            }
            if (withNames) {
                measure("name contains a place word", names, 1, m, 0);
            }
            line("");
            int clients = a.integer("clients", 4);
            int secs = a.integer("throughput-seconds", 30);
            line("### Throughput: %d concurrent clients, %d s each (ms)", clients, secs);
            line("");
            line("| query | n | p50 | p90 | p99 | max | mean | req/s | server CPU ms/req | MariaDB CPU ms/req | hits per query (mean / max) |");
            line("|---|---|---|---|---|---|---|---|---|---|---|");
            measure("radius 25 mi around a ZIP", radius, clients, 0, secs);
            if (floor > 0) {
                measure(FLOOR, floorBodies, clients, 0, secs);
            }
            if (withNames) {
                measure("name contains a place word", names, clients, 0, secs);
            } else {
                notes.forEach(s -> line("- %s", s));
            }
            line("");
        }
        String out = a.string("out", null);
        if (out != null) {
            Files.writeString(Path.of(out), report.toString());
        }
    }

    // --- sync -----------------------------------------------------------------------------------

    private void sync(GeneratedDirectory dir, int n, String key) throws Exception {
        line("### Sync (POST /api/v1/admin/directory/syncs, from the 202 to Status Completed, polled every 250 ms)");
        line("");
        line("| # | PageSize | what | time (s) | orgs/s | Organizations | Pages | server CPU (s) | MariaDB CPU (s) | machine busy |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        String[] sizes = a.string("page-sizes", "1000,500").split(",");
        for (int k = 0; k < sizes.length; k++) {
            int pageSize = Integer.parseInt(sizes[k].trim());
            ObjectNode req = JSON.createObjectNode().put("URL", dir.baseUrl()).put("ApiKey", key).put("PageSize", pageSize);
            Cpu before = Cpu.read(serverPid, dbPid);
            HttpResponse<String> r = send(admin, "POST", "/api/v1/admin/directory/syncs", JSON.writeValueAsBytes(req));
            long t0 = System.nanoTime();
            if (r.statusCode() != 202) {
                throw new IllegalStateException("sync answered " + r.statusCode() + ": " + r.body());
            }
            String id = JSON.readTree(r.body()).path("ID").asText();
            JsonNode run;
            while (true) {
                Thread.sleep(250);
                HttpResponse<String> s = send(admin, "GET", "/api/v1/admin/directory/imports/" + id, null);
                run = JSON.readTree(s.body());
                if (!"Running".equals(run.path("Status").asText())) {
                    break;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            Cpu after = Cpu.read(serverPid, dbPid);
            int orgs = run.path("Organizations").asInt();
            String status = run.path("Status").asText();
            if (!"Completed".equals(status) || orgs != n) {
                throw new IllegalStateException("sync " + id + " ended " + status + " with " + orgs
                        + " organizations (expected " + n + "): " + run);
            }
            line("| %d | %d | %s | %.1f | %,.0f | %,d | %d | %.1f | %.1f | %.0f%% |", k + 1, pageSize,
                    k == 0 ? "first sync (inserts)" : "re-sync (updates)", secs, n / secs, orgs, run.path("Pages").asInt(),
                    after.serverSec() - before.serverSec(), after.dbSec() - before.dbSec(), 100 * after.busySince(before));
        }
        line("");
        line("Generator: %,d pages served, %,d MB, %,d ms spent rendering (ahead of the sync's requests).",
                dir.pagesServed(), dir.bytesServed() >> 20, dir.renderMillis());
        line("");
    }

    // --- query sets -----------------------------------------------------------------------------

    /** Place words whose share of active organizations is 0.1-1%. */
    private List<String> nameWords(GeneratedDirectory dir, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String w : GeneratedDirectory.PLACES) {
            counts.put(w.toLowerCase(Locale.ROOT), 0);
        }
        for (int i = 0; i < n; i++) {
            if (!dir.active(i)) {
                continue;
            }
            String text = dir.searchText(i);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (text.contains(e.getKey())) {
                    e.setValue(e.getValue() + 1);
                }
            }
        }
        List<String> words = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String w : GeneratedDirectory.PLACES) {
            int c = counts.get(w.toLowerCase(Locale.ROOT));
            if (c >= n * 0.001 && c <= n * 0.01) {
                words.add(w);
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("no place word matches 0.1-1% of " + n + " organizations");
        }
        line("Name queries: %d place words (e.g. %s) each matching %,d-%,d active organizations (%.2f-%.2f%%);",
                words.size(), String.join(", ", words.subList(0, Math.min(4, words.size()))), min, max,
                100.0 * min / n, 100.0 * max / n);
        line("radius queries: 25 miles around ZIPs drawn at random from the same continental-US centroids. Paging.Count 20.");
        line("");
        return words;
    }

    private static List<byte[]> radiusBodies(List<GeneratedDirectory.Zip> zips, int count) throws IOException {
        Random r = new Random(7);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(body(null, Map.of("Miles", 25, "ZIP", zips.get(r.nextInt(zips.size())).zip()), 20));
        }
        return out;
    }

    private static final String FLOOR = "floor: the same call refused (400) before the directory";

    /** Radius bodies the API refuses before the directory: Meta.EventType is not Query. */
    private static List<byte[]> floorBodies(List<GeneratedDirectory.Zip> zips) throws IOException {
        Random r = new Random(11);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("Meta", Map.of("DataModel", "Organization", "EventType", "NotAQuery"));
            b.put("Radius", Map.of("Miles", 25, "ZIP", zips.get(r.nextInt(zips.size())).zip()));
            b.put("Paging", Map.of("Count", 20, "Offset", 0));
            out.add(JSON.writeValueAsBytes(b));
        }
        return out;
    }

    private static byte[] body(Map<String, Object> organization, Map<String, Object> radius, int count) throws IOException {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("Meta", Map.of("DataModel", "Organization", "EventType", "Query"));
        if (organization != null) {
            b.put("Organization", organization);
        }
        if (radius != null) {
            b.put("Radius", radius);
        }
        b.put("Paging", Map.of("Count", count, "Offset", 0));
        return JSON.writeValueAsBytes(b);
    }

    // --- load -----------------------------------------------------------------------------------

    private void warmUp(List<byte[]> radius, List<byte[]> names) throws Exception {
        int secs = a.integer("warmup-seconds", 60);
        int minQueries = a.integer("warmup-queries", 2000);
        long until = System.nanoTime() + secs * 1_000_000_000L;
        long cap = System.nanoTime() + 3L * secs * 1_000_000_000L; // slow queries: stop at 3x the time anyway
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicLong done = new AtomicLong();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int seed = t;
            fs.add(pool.submit(() -> {
                Random r = new Random(100 + seed);
                while (System.nanoTime() < until || (done.get() < minQueries && System.nanoTime() < cap)) {
                    List<byte[]> set = r.nextBoolean() || names.isEmpty() ? radius : names;
                    query(set.get(r.nextInt(set.size())));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        System.err.printf("warm-up: %,d queries%n", done.get());
        line("Warm-up: %,d mixed radius and name queries from 2 clients over %d s before measuring.", done.get(),
                (System.nanoTime() - until) / 1_000_000_000L + secs);
        line("");
    }

    /** {@code count} queries per client when > 0, else as many as fit in {@code seconds}. */
    private void measure(String label, List<byte[]> bodies, int clients, int count, int seconds) throws Exception {
        Histogram all = new Histogram(60_000_000L, 3);
        AtomicLong hits = new AtomicLong();
        AtomicLong maxHits = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Cpu before = Cpu.read(serverPid, dbPid);
        long t0 = System.nanoTime();
        // a count-bounded run still stops after --latency-max-seconds, so a slow query cannot stall the run
        long until = t0 + (count > 0 ? a.integer("latency-max-seconds", 180) : seconds) * 1_000_000_000L;
        List<Future<Histogram>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            fs.add(pool.submit(() -> {
                Histogram h = new Histogram(60_000_000L, 3);
                Random r = new Random(1000 + seed + label.hashCode());
                for (int i = 0; (count <= 0 || i < count) && System.nanoTime() < until; i++) {
                    byte[] b = bodies.get(r.nextInt(bodies.size()));
                    long s = System.nanoTime();
                    long total = label == FLOOR ? refused(b) : query(b);
                    h.recordValue(Math.max(1, (System.nanoTime() - s) / 1000));
                    if (total < 0) {
                        errors.incrementAndGet();
                    } else {
                        hits.addAndGet(total);
                        maxHits.accumulateAndGet(total, Math::max);
                    }
                }
                return h;
            }));
        }
        for (Future<Histogram> f : fs) {
            all.add(f.get());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Cpu after = Cpu.read(serverPid, dbPid);
        pool.shutdown();
        long n = all.getTotalCount();
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " of " + n + " " + label + " queries failed");
        }
        line("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %s | %.0f / %d |", label, n,
                ms(all.getValueAtPercentile(50)), ms(all.getValueAtPercentile(90)), ms(all.getValueAtPercentile(99)),
                ms(all.getMaxValue()), all.getMean() / 1000.0, n / wall,
                serverPid > 0 ? String.format(Locale.ROOT, "%.2f", 1000 * (after.serverSec() - before.serverSec()) / n) : "-",
                dbPid > 0 ? String.format(Locale.ROOT, "%.2f", 1000 * (after.dbSec() - before.dbSec()) / n) : "-",
                (double) hits.get() / n, maxHits.get());
        System.err.printf("  (%s, %d client(s): bench client CPU %.2f ms/req, machine busy %.0f%%)%n", label, clients,
                1000 * (after.selfSec() - before.selfSec()) / n, 100 * after.busySince(before));
        notes.add(String.format(Locale.ROOT, "%s, %d client(s): load generator CPU %.2f ms/req, machine busy %.0f%% of 2 cores",
                label, clients, 1000 * (after.selfSec() - before.selfSec()) / n, 100 * after.busySince(before)));
        if (label.startsWith("name") && clients > 1) {
            line("");
            for (String s : notes) {
                line("- %s", s);
            }
        }
    }

    private final List<String> notes = new ArrayList<>();

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    /** One call of the floor: 0 when refused as expected (400 naming Meta.EventType), else -1. */
    private long refused(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(partner, "POST", "/api/v1/Organization/Query", body);
        if (r.statusCode() != 400 || !r.body().contains("Meta.EventType")) {
            System.err.println("floor call answered " + r.statusCode() + ": " + r.body());
            return -1;
        }
        return 0;
    }

    /** One query; its Paging.Total, or -1 when it failed. */
    private long query(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(partner, "POST", "/api/v1/Organization/Query", body);
        if (r.statusCode() != 200) {
            System.err.println("query answered " + r.statusCode() + ": " + r.body());
            return -1;
        }
        JsonNode page = JSON.readTree(r.body());
        if (!page.path("Organizations").isArray()) {
            return -1;
        }
        return page.path("Paging").path("Total").asLong();
    }

    private HttpResponse<String> send(Token token, String method, String path, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get(http)).header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    /** A client-credentials token, fetched again when half its lifetime has passed. */
    private static final class Token {
        private final String url;
        private final String form;
        private volatile String value;
        private volatile long renewAt;

        Token(String url, String client, String secret) {
            this.url = url;
            this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        }

        String get(HttpClient http) throws IOException, InterruptedException {
            if (value == null || System.nanoTime() > renewAt) {
                synchronized (this) {
                    if (value == null || System.nanoTime() > renewAt) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IOException("token endpoint answered " + r.statusCode() + ": " + r.body());
                        }
                        JsonNode t = JSON.readTree(r.body());
                        long life = t.path("expires_in").asLong(60);
                        renewAt = System.nanoTime() + life * 500_000_000L;
                        value = t.path("access_token").asText();
                    }
                }
            }
            return value;
        }
    }

    /** CPU seconds of the server and database processes, of this process, and of the machine. */
    private record Cpu(double serverSec, double dbSec, double selfSec, long machineBusy, long machineTotal) {

        static Cpu read(long serverPid, long dbPid) {
            long[] m = machine();
            return new Cpu(process(serverPid), process(dbPid), ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9, m[0], m[1]);
        }

        double busySince(Cpu before) {
            long total = machineTotal - before.machineTotal;
            return total == 0 ? 0 : (double) (machineBusy - before.machineBusy) / total;
        }

        /** utime + stime of a process (fields 14 and 15 of /proc/PID/stat), in seconds. */
        static double process(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                // f[0] is field 3 (state): utime is field 14, stime field 15
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLK_TCK;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** busy and total jiffies of all CPUs from /proc/stat. */
        static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                long idle = 0;
                for (int i = 1; i < f.length && i <= 8; i++) {
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i == 4 || i == 5) {
                        idle += v;
                    }
                }
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }
}
