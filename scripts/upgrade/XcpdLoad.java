import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upgrade rehearsal's partner traffic (scripts/upgrade-test.sh), run as a source file on the classpath
 * of the EAR's lib/ (the interop library under test):
 *
 *   XcpdLoad KEY.pem CERT.pem AUDIENCE QUERY.xml PATIENT RATE CONTROL_DIR NODE[,NODE...]
 *
 * Sends RATE signed XCPD requests a second (each signed for itself: the nodes' replay cache refuses a
 * repeated security header) until CONTROL_DIR/stop exists (or for CONTROL_DIR/seconds), and expects every answer to be HTTP 200 with
 * outcome MATCH naming PATIENT. A NODE is "GATEWAY_BASE_URL|READINESS_URL". The nodes are reached as a
 * load balancer reaches them (HAProxy with "option httpchk" on the readiness URL, "retry-on conn-failure
 * 503" and "option redispatch"):
 *   - round robin over the nodes in rotation: a node's readiness URL is checked every 500 ms, 2 answers 200
 *     in a row put it in, 3 failures in a row (another status, no answer within 3 s) take it out
 *     (HAProxy's "rise 2 fall 3");
 *   - a connection refused (nothing was sent), or WildFly's own 503 of a suspended server (the request
 *     never reached the application; no SOAP body), takes the node out and sends the same request to the
 *     next node; counted as "retried", not failed;
 *   - anything else is the request's outcome: an I/O error after the request was sent (it may have been
 *     processed), another status, a SOAP fault or a wrong answer is a failure, never retried.
 * CONTROL_DIR/phase names the current step; the numbers are written per phase and in all to
 * CONTROL_DIR/summary.txt (and every failure to CONTROL_DIR/failures.txt). Each time a node enters or
 * leaves rotation a line says so on standard output, leaving with its last failed check's answer.
 */
public final class XcpdLoad {

    /** A node as the balancer sees it: in rotation after RISE good checks in a row, out after FALL bad ones. */
    record Node(String base, String ready, AtomicInteger good, AtomicInteger bad, AtomicBoolean in, AtomicLong downUntil) {
        boolean inRotation(long now) {
            return in.get() && downUntil.get() <= now;
        }
    }

    /** HAProxy's defaults for "check": rise 2, fall 3 (here every 500 ms rather than 2 s). */
    private static final int RISE = 2;
    private static final int FALL = 3;

    record Result(String phase, long micros, boolean ok, boolean retried, String detail) {
    }

    private static volatile String phase = "start";

    /** A check that is DOWN in MicroProfile Health's JSON answer, with its data. */
    private static final Pattern DOWN_CHECK = Pattern.compile("\\{\"name\":\"[^\"]+\",\"status\":\"DOWN\"(,\"data\":\\{[^}]*\\})?\\}");

    public static void main(String[] args) throws Exception {
        System.setProperty("http.keepAlive", "false"); // a connection per request: a refused one was never sent
        SigningCredential partner = SigningCredential.fromPem(Files.readString(Path.of(args[0])), Files.readString(Path.of(args[1])));
        String audience = args[2];
        byte[] query = Files.readAllBytes(Path.of(args[3]));
        String patient = args[4];
        double rate = Double.parseDouble(args[5]);
        Path control = Path.of(args[6]);
        List<Node> nodes = new ArrayList<>();
        for (String n : args[7].split(",")) {
            String[] parts = n.split("\\|");
            nodes.add(new Node(parts[0], parts[1], new AtomicInteger(), new AtomicInteger(), new AtomicBoolean(), new AtomicLong()));
        }
        AssertionSpec spec = AssertionSpec.builder()
                .subjectId("Dr. Upgrade Test")
                .organization("Crossway Upgrade Test Hospital")
                .organizationId("urn:oid:2.16.840.1.113883.3.9999.44")
                .homeCommunityId(HomeCommunityId.of("2.16.840.1.113883.3.9999.44"))
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .npi("1234567893")
                .audience(audience)
                .build();

        for (int i = 0; i < RISE; i++) { // the balancer knows its nodes' state before the first request
            checkAll(nodes);
            Thread.sleep(i + 1 < RISE ? 500 : 0);
        }
        if (Files.exists(control.resolve("phase"))) {
            phase = Files.readString(control.resolve("phase")).trim();
        }
        Thread health = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                    checkAll(nodes);
                    String p = Files.exists(control.resolve("phase")) ? Files.readString(control.resolve("phase")).trim() : "start";
                    phase = p.isEmpty() ? phase : p;
                } catch (IOException e) {
                    // the phase file is being replaced: read it next time
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        health.setDaemon(true);
        health.start();

        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(16);
        long interval = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        // CONTROL_DIR/seconds, when present: stop that long after the first request, whatever the JVM's start took
        long stopAt = Files.exists(control.resolve("seconds"))
                ? start + (long) (Double.parseDouble(Files.readString(control.resolve("seconds")).trim()) * 1e9) : Long.MAX_VALUE;
        for (long i = 0; !Files.exists(control.resolve("stop")) && System.nanoTime() < stopAt; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String at = phase;
            workers.submit(() -> results.add(one(nodes, next, partner, spec, query, patient, audience, at)));
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        report(new ArrayList<>(results), control);
    }

    private static Result one(List<Node> nodes, AtomicLong next, SigningCredential partner, AssertionSpec spec, byte[] query,
                              String patient, String audience, String at) {
        byte[] body;
        try {
            SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(Hl7v3.ACTION_QUERY, audience),
                    SecureXml.parse(query).getDocumentElement());
            WsSecurity.secure(envelope.document(), partner, spec, Clock.systemUTC());
            body = envelope.toBytes();
        } catch (Exception e) {
            return new Result(at, 0, false, false, "signing failed: " + e);
        }
        long started = System.nanoTime();
        boolean retried = false;
        List<String> tried = new ArrayList<>();
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            Node node = pick(nodes, next);
            if (node == null) {
                return new Result(at, micros(started), false, retried, "no node in rotation (tried " + tried + ")");
            }
            tried.add(node.base());
            HttpURLConnection c = null;
            try {
                c = (HttpURLConnection) URI.create(node.base() + "/gateway/xcpd").toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(30000);
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/soap+xml; charset=UTF-8");
                c.connect();
            } catch (ConnectException e) {
                node.downUntil().set(System.currentTimeMillis() + 1000);
                retried = true;
                continue;
            } catch (IOException e) {
                return new Result(at, micros(started), false, retried, node.base() + " connect: " + e);
            }
            try {
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
                int status = c.getResponseCode();
                String type = String.valueOf(c.getContentType());
                byte[] answer = read(status >= 400 ? c.getErrorStream() : c.getInputStream());
                if (status == 503 && !type.contains("soap")) {
                    // WildFly's own answer while the server is suspended: the application never saw it
                    node.downUntil().set(System.currentTimeMillis() + 1000);
                    retried = true;
                    continue;
                }
                if (status != 200) {
                    String text = new String(answer, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                    return new Result(at, micros(started), false, retried, node.base() + " HTTP " + status + " "
                            + text.substring(0, Math.min(300, text.length())));
                }
                PatientDiscoveryResponse r = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(answer).payload());
                boolean found = r.matches().stream().anyMatch(m -> patient.equals(m.patientId().value()));
                if (!"MATCH".equals(String.valueOf(r.outcome())) || !found) {
                    return new Result(at, micros(started), false, retried, node.base() + " outcome " + r.outcome() + ", matches "
                            + r.matches().stream().map(m -> m.patientId().value()).toList());
                }
                return new Result(at, micros(started), true, retried, node.base());
            } catch (Exception e) {
                // sent (at least in part): it may have been processed, so neither we nor a balancer send it again
                return new Result(at, micros(started), false, retried, node.base() + " after sending: " + e);
            } finally {
                c.disconnect();
            }
        }
        return new Result(at, micros(started), false, retried, "every node refused (tried " + tried + ")");
    }

    private static void checkAll(List<Node> nodes) {
        for (Node node : nodes) {
            String failed = ready(node.ready());
            if (failed == null) {
                node.bad().set(0);
                if (node.good().incrementAndGet() >= RISE && !node.in().getAndSet(true)) {
                    event(node, "in rotation");
                }
            } else {
                node.good().set(0);
                if (node.bad().incrementAndGet() >= FALL && node.in().getAndSet(false)) {
                    event(node, "out of rotation after " + FALL + " failed checks, the last: " + failed);
                }
            }
        }
    }

    /** A node entering or leaving rotation, as it happens (the reason a request later found no node). */
    private static void event(Node node, String what) {
        System.out.println(java.time.Instant.now() + " phase=" + phase + " " + node.base() + " " + what);
        System.out.flush();
    }

    /**
     * The next node in rotation, round robin. One turn of the counter per pick, and from there every
     * node once: taking a turn for each node looked at let concurrent picks share out the turns, so
     * that a pick could look twice at a node out of rotation and never at the one in it.
     */
    private static Node pick(List<Node> nodes, AtomicLong next) {
        long now = System.currentTimeMillis();
        long first = next.getAndIncrement();
        for (int k = 0; k < nodes.size(); k++) {
            Node node = nodes.get((int) Math.floorMod(first + k, (long) nodes.size()));
            if (node.inRotation(now)) {
                return node;
            }
        }
        return null;
    }

    /** Null when the readiness URL answers 200; else why not (the status and the checks' answer, or the error). */
    private static String ready(String url) {
        long started = System.nanoTime();
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            int status = c.getResponseCode();
            byte[] body = read(status >= 400 ? c.getErrorStream() : c.getInputStream());
            c.disconnect();
            if (status == 200) {
                return null;
            }
            String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            // MicroProfile Health's answer: name the checks that are DOWN, with their data
            Matcher down = DOWN_CHECK.matcher(text);
            List<String> checks = new ArrayList<>();
            while (down.find()) {
                checks.add(down.group());
            }
            return "HTTP " + status + " " + (checks.isEmpty() ? text.substring(0, Math.min(600, text.length())) : "DOWN: " + checks);
        } catch (IOException e) {
            return e + " after " + micros(started) / 1000 + " ms";
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static long micros(long started) {
        return (System.nanoTime() - started) / 1000;
    }

    private static void report(List<Result> results, Path control) throws IOException {
        Map<String, List<Result>> byPhase = new LinkedHashMap<>();
        for (Result r : results) {
            byPhase.computeIfAbsent(r.phase(), p -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        out.append(line("all", results));
        byPhase.forEach((p, rs) -> out.append(line(p, rs)));
        Files.writeString(control.resolve("summary.txt"), out.toString());
        StringBuilder failures = new StringBuilder();
        Map<String, Integer> reasons = new TreeMap<>();
        for (Result r : results) {
            if (!r.ok()) {
                failures.append(r.phase()).append(' ').append(r.detail()).append('\n');
                reasons.merge(r.detail().replaceAll("[0-9]+", "N"), 1, Integer::sum);
            }
        }
        Files.writeString(control.resolve("failures.txt"), failures.toString());
        System.out.print(out);
        reasons.forEach((reason, n) -> System.out.println("failed " + n + "x: " + reason));
    }

    private static String line(String phase, List<Result> rs) {
        List<Long> ok = new ArrayList<>();
        long failed = 0;
        long retried = 0;
        for (Result r : rs) {
            if (r.ok()) {
                ok.add(r.micros());
            } else {
                failed++;
            }
            if (r.retried()) {
                retried++;
            }
        }
        Collections.sort(ok);
        return String.format("phase=%s requests=%d failed=%d retried=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", phase, rs.size(),
                failed, retried, pct(ok, 0.50), pct(ok, 0.99), ok.isEmpty() ? 0.0 : ok.get(ok.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }
}
