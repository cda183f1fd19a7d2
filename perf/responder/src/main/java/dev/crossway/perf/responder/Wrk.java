package dev.crossway.perf.responder;

import java.io.IOException;
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
 * shares the server's two cores). wrk sends the pre-signed bodies written here, cycling, and its
 * script (perf/responder/wrk/cycle.lua) checks every answer; its CPU is read from the kernel's
 * account of the child process.
 */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) checked=(\\d+) errors=(\\d+) socket_errors=(\\d+)");
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

    /** Writes the bodies of {@code items} (all to one URL) as 0.xml, 1.xml, ... under a folder of their own. */
    Path write(String name, List<Load.Item> items) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < items.size(); i++) {
            Files.write(dir.resolve(i + ".xml"), items.get(i).body());
        }
        return dir;
    }

    Load.Result run(String name, URI url, Path bodies, int count, String expected, int users, double seconds,
                    long serverPid, long dbPid) throws IOException, InterruptedException {
        int threads = Math.min(2, users);
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "\"$@\"; rc=$?; echo \"CHILDCPU $(cut -d' ' -f16,17 /proc/$$/stat)\"; exit $rc", "wrk-run",
                wrk.toString(), "-t", Integer.toString(threads), "-c", Integer.toString(users),
                "-d", Math.round(seconds) + "s", "--timeout", "30s", "-s", script.toString(), url.toString(),
                "--", Integer.toString(count), bodies.toString(), expected));
        long server0 = Load.cpuTicks(serverPid);
        long db0 = Load.cpuTicks(dbPid);
        long[] machine0 = Load.machine();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        long server1 = Load.cpuTicks(serverPid);
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
        return new Load.Result(name, "wrk", users, n, errors, wall, us(l.group(1)), us(l.group(2)), us(l.group(3)),
                us(l.group(4)), (server1 - server0) * 10.0 / per, (db1 - db0) * 10.0 / per, clientTicks * 10.0 / per, busy,
                first, false);
    }

    private static double us(String micros) {
        return Long.parseLong(micros) / 1000.0;
    }
}
