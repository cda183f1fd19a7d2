package dev.crossway.perf.responder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same closed loop as {@link Load}, driven by wrk (a C load generator: an event loop per
 * thread, far less CPU per request than a JVM HTTP client, which matters when the load generator
 * shares the server's two cores). wrk sends the pre-signed bodies written here, each once (one
 * stream file per wrk thread, read as it goes: perf/responder/wrk/once.lua), checks every answer,
 * and stops a thread whose stream is used up; its CPU is read from the kernel's account of the
 * child process.
 */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) checked=(\\d+) errors=(\\d+) socket_errors=(\\d+) sent=(\\d+) exhausted=(\\d+)");
    private static final Pattern LATENCY = Pattern.compile("LATENCY p50=(\\d+) p90=(\\d+) p99=(\\d+) max=(\\d+)");
    private static final Pattern CHILD_CPU = Pattern.compile("CHILDCPU (\\d+) (\\d+)");

    private final Path wrk;
    private final Path script;
    private final Path work;

    Wrk(Path wrk, Path script, Path work) {
        this.wrk = wrk;
        this.script = script;
        this.work = work;
    }

    static int threads(int users) {
        return Math.min(2, users);
    }

    /**
     * Writes the bodies of {@code items} (all to one URL) for {@code threads} wrk threads: item i goes
     * to stream (i mod threads), as "length\n" + body; the folder's previous streams are replaced.
     */
    Path write(String name, List<Load.Item> items, int threads) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        for (int t = 0; t < threads; t++) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(t + ".bin")), 1 << 20)) {
                for (int i = t; i < items.size(); i += threads) {
                    byte[] body = items.get(i).body();
                    out.write((body.length + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                }
            }
        }
        return dir;
    }

    /** Removes the streams written for a window (each body is sent once; nothing is kept for another window). */
    void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
    }

    Load.Result run(String name, URI url, Path bodies, String expected, int users, double seconds,
                    long serverPid, long dbPid) throws IOException, InterruptedException {
        int threads = threads(users);
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "\"$@\"; rc=$?; echo \"CHILDCPU $(cut -d' ' -f16,17 /proc/$$/stat)\"; exit $rc", "wrk-run",
                wrk.toString(), "-t", Integer.toString(threads), "-c", Integer.toString(users),
                "-d", Math.round(seconds) + "s", "--timeout", "30s", "-s", script.toString(), url.toString(),
                "--", bodies.toString(), expected));
        long server0 = Load.cpuTicks(serverPid);
        long switches0 = Load.contextSwitches(serverPid);
        long db0 = Load.cpuTicks(dbPid);
        long[] machine0 = Load.machine();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        long server1 = Load.cpuTicks(serverPid);
        long switches1 = Load.contextSwitches(serverPid);
        long db1 = Load.cpuTicks(dbPid);
        long[] machine1 = Load.machine();
        Matcher r = RESULT.matcher(out);
        Matcher l = LATENCY.matcher(out);
        Matcher c = CHILD_CPU.matcher(out);
        if (rc != 0 || !r.find() || !l.find() || !c.find()) {
            throw new IllegalStateException("wrk failed (exit " + rc + "): " + out);
        }
        long n = Long.parseLong(r.group(1));
        long checked = Long.parseLong(r.group(3));
        long errors = Long.parseLong(r.group(4)) + Long.parseLong(r.group(5)) + Math.max(0, n - checked);
        double wall = Long.parseLong(r.group(2)) / 1e6;
        long clientTicks = Long.parseLong(c.group(1)) + Long.parseLong(c.group(2));
        double busy = machine1[0] - machine0[0] == 0 ? 0
                : 1.0 - (double) (machine1[1] - machine0[1]) / (machine1[0] - machine0[0]);
        long per = Math.max(1, n);
        int firstAt = out.indexOf("FIRST_ERROR ");
        String first = firstAt < 0 ? null : out.substring(firstAt + 12, out.indexOf('\n', firstAt) < 0 ? out.length()
                : out.indexOf('\n', firstAt));
        boolean exhausted = Long.parseLong(r.group(7)) > 0;
        return new Load.Result(name, "wrk", users, n, errors, wall, us(l.group(1)), us(l.group(2)), us(l.group(3)),
                us(l.group(4)), (server1 - server0) * 10.0 / per, (db1 - db0) * 10.0 / per, clientTicks * 10.0 / per, busy,
                first, exhausted, (double) (switches1 - switches0) / per);
    }

    private static double us(String micros) {
        return Long.parseLong(micros) / 1000.0;
    }
}
