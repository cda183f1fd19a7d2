package dev.crossway.perf.initiator;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.infrastructure.outbound.CallLog;
import dev.crossway.initiator.infrastructure.outbound.Envelopes;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.initiator.infrastructure.outbound.OutboundSettings;
import dev.crossway.initiator.infrastructure.outbound.SoapClient;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The initiator's outbound layer (ejb-initiator's Gateway, SoapClient, Envelopes: the classes the
 * EAR runs, here outside the container with a fixed pool of {@code --pool} threads standing in for
 * the managed executor and one scheduler thread for the managed scheduled executor, as the unit
 * tests build it) fanned out to the simulated responders of {@link Simulator}:
 * (1) one discovery to 500 endpoints (10% silent, the rest 50 ms - 5 s), per global concurrency
 * limit; (2) 100 discoveries kept in flight at once, each to 20 of 200 endpoints (50 - 500 ms).
 */
public final class FanOutBench {

    static final String HOME = "2.16.840.1.113883.3.9999.99";
    static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            a.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        String sim = a.getOrDefault("simulator", "http://127.0.0.1:18690");
        long simPid = Long.parseLong(a.getOrDefault("simulator-pid", "0"));
        int endpoints = Integer.parseInt(a.getOrDefault("endpoints", "500"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout-seconds", "10")));
        int pool = Integer.parseInt(a.getOrDefault("pool", "8"));
        List<Integer> limits = new ArrayList<>();
        for (String s : a.getOrDefault("max-concurrency", "64,256,512").split(",")) {
            limits.add(Integer.parseInt(s.trim()));
        }
        int concurrent = Integer.parseInt(a.getOrDefault("concurrent", "100"));
        int perQuery = Integer.parseInt(a.getOrDefault("targets-per-query", "20"));
        int fastEndpoints = Integer.parseInt(a.getOrDefault("fast-endpoints", "200"));
        double seconds = Double.parseDouble(a.getOrDefault("seconds", "60"));
        double warmup = Double.parseDouble(a.getOrDefault("warmup-seconds", "20"));
        int concurrentLimit = Integer.parseInt(a.getOrDefault("concurrent-max-concurrency", "256"));
        Path out = Path.of(a.getOrDefault("out", "results.md"));

        SigningCredential credential = DevCredentials.selfSigned("CN=Crossway perf initiator", Instant.now().minusSeconds(60),
                Duration.ofDays(1));
        StringBuilder report = new StringBuilder();
        log("JVM: %s, -Xmx %d MB, %d processors", System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        List<Community> slow = new ArrayList<>();
        for (int i = 0; i < endpoints; i++) {
            slow.add(new Community("2.16.840.1.113883.3.8." + i, "Org " + i, sim + "/slow/" + i, null, null));
        }
        List<Community> fast = new ArrayList<>();
        for (int i = 0; i < fastEndpoints; i++) {
            fast.add(new Community("2.16.840.1.113883.3.7." + i, "Fast " + i, sim + "/fast/" + i, null, null));
        }

        // warm-up: JIT, class loading, the signing path; not measured
        try (Outbound o = new Outbound(credential, pool, OutboundSettings.defaults().withTimeouts(timeout, timeout, timeout)
                .withMaxConcurrency(256))) {
            long t = System.nanoTime();
            for (int round = 0; round < 3; round++) {
                o.gateway.discoverAll(context(), patient(0), fast.subList(0, Math.min(100, fast.size())), null, x -> { }).join();
            }
            log("warm-up: 3 x 100 fast endpoints in %.1f s", (System.nanoTime() - t) / 1e9);
        }

        report.append("### One patient discovery to ").append(endpoints).append(" endpoints (10% never answer, the rest 50 ms - 5 s)\n\n");
        report.append(String.format("XCPD timeout %d s (bound: %d ms); executor: fixed pool of %d threads + 1 scheduler thread; "
                + "per-endpoint limit %d (EndpointProfile default).%n%n", timeout.toSeconds(), timeout.toMillis() + 1000, pool,
                EndpointProfile.DEFAULT_MAX_CONCURRENCY));
        report.append("| global max concurrency | wall time ms | within timeout + 1 s | Matched | NoMatch | Timeout | other | "
                + "answering endpoints answered | heap before (after GC) MB | heap peak during MB | heap growth retained after GC MB | "
                + "live threads before | peak | extra threads | initiator CPU ms/call | simulator CPU ms/call |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> threadNotes = new ArrayList<>();
        for (int limit : limits) {
            gc();
            long heapBefore = MEMORY.getHeapMemoryUsage().getUsed();
            int threadsBefore = THREADS.getThreadCount();
            THREADS.resetPeakThreadCount();
            AtomicLong heapPeak = new AtomicLong(heapBefore);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    heapPeak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                    for (Thread t : Thread.getAllStackTraces().keySet()) {
                        seen.add(t.getName().replaceAll("\\d+", "#"));
                    }
                    sleep(20);
                }
            }, "bench-sampler");
            long cpu0 = cpuNanos();
            long sim0 = ticks(simPid);
            DiscoveryResult r;
            long elapsed;
            int peak;
            try (Outbound o = new Outbound(credential, pool,
                    OutboundSettings.defaults().withTimeouts(timeout, timeout, timeout).withMaxConcurrency(limit))) {
                sampler.start();
                long start = System.nanoTime();
                r = o.gateway.discoverAll(context(), patient(1), slow, null, x -> { }).join();
                elapsed = (System.nanoTime() - start) / 1_000_000;
                peak = THREADS.getPeakThreadCount();
            }
            sampling.set(false);
            sampler.join();
            long cpu = cpuNanos() - cpu0;
            long simTicks = ticks(simPid) - sim0;
            long heapPeakMb = heapPeak.get() >> 20;
            gc();
            long heapAfter = MEMORY.getHeapMemoryUsage().getUsed();
            Map<String, Long> statuses = r.sources().stream()
                    .collect(Collectors.groupingBy(SourceOutcome::status, TreeMap::new, Collectors.counting()));
            long matched = statuses.getOrDefault(SourceOutcome.MATCHED, 0L);
            long noMatch = statuses.getOrDefault(SourceOutcome.NO_MATCH, 0L);
            long timedOut = statuses.getOrDefault(SourceOutcome.TIMEOUT, 0L);
            long other = r.sources().size() - matched - noMatch - timedOut;
            int answering = endpoints - (endpoints + 9) / 10;
            report.append(String.format("| %d | %,d | %s | %d | %d | %d | %d | %d of %d | %d | %d | %+d | %d | %d | %d | %.2f | %.2f |%n",
                    limit, elapsed, elapsed <= timeout.toMillis() + 1000 ? "yes" : "**no**", matched, noMatch, timedOut, other,
                    matched + noMatch, answering, heapBefore >> 20, heapPeakMb, (heapAfter - heapBefore) >> 20, threadsBefore, peak,
                    peak - threadsBefore, cpu / 1e6 / endpoints, simTicks * 10.0 / endpoints));
            threadNotes.add("max concurrency " + limit + ": threads seen during the run (digits folded): "
                    + new TreeMap<>(seen.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()))).keySet());
            log("500 endpoints, limit %d: %d ms, %s, peak threads %d (before %d), heap peak %d MB", limit, elapsed, statuses, peak,
                    threadsBefore, heapPeakMb);
            if (other > 0) {
                r.sources().stream().filter(s -> !Set.of(SourceOutcome.MATCHED, SourceOutcome.NO_MATCH, SourceOutcome.TIMEOUT)
                        .contains(s.status())).limit(1).forEach(s -> threadNotes.add("first other outcome: " + s));
            }
        }
        report.append("\n");
        threadNotes.forEach(n -> report.append("- ").append(n).append('\n'));

        // --- 100 concurrent discoveries --------------------------------------------------------------
        report.append(String.format("%n### %d concurrent patient discoveries, %d endpoints each (of %d; 50 - 500 ms, all answer)%n%n",
                concurrent, perQuery, fastEndpoints));
        try (Outbound o = new Outbound(credential, pool, OutboundSettings.defaults().withTimeouts(timeout, timeout, timeout)
                .withMaxConcurrency(concurrentLimit))) {
            Closed warm = closedLoop(o, fast, concurrent, perQuery, warmup, simPid);
            log("warm-up %d concurrent: %d discoveries", concurrent, warm.count);
            gc();
            long heapBefore = MEMORY.getHeapMemoryUsage().getUsed();
            int threadsBefore = THREADS.getThreadCount();
            THREADS.resetPeakThreadCount();
            Closed c = closedLoop(o, fast, concurrent, perQuery, seconds, simPid);
            int peak = THREADS.getPeakThreadCount();
            gc();
            Histogram h = c.latency;
            report.append(String.format("Closed loop: %d discoveries always in flight (a new one starts when one completes, from the "
                    + "completing callback: no thread per discovery), %.0f s after a %.0f s warm-up; global max concurrency %d, "
                    + "per-endpoint %d, executor %d threads.%n%n", concurrent, seconds, warmup, concurrentLimit,
                    EndpointProfile.DEFAULT_MAX_CONCURRENCY, pool));
            report.append("| discoveries | per s | XCPD calls per s | p50 ms | p90 ms | p99 ms | max ms | sources not answered | "
                    + "initiator CPU ms/call | simulator CPU ms/call | machine busy | threads before / peak | heap after GC before / after MB |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            report.append(String.format("| %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %.2f | %.2f | %.0f%% | %d / %d | %d / %d |%n",
                    c.count, c.count / c.seconds, c.count * perQuery / c.seconds, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                    c.failedSources, c.cpuMsPerCall, c.simMsPerCall, c.busy * 100, threadsBefore, peak, heapBefore >> 20,
                    MEMORY.getHeapMemoryUsage().getUsed() >> 20));
            report.append("\nStatuses of the sources: ").append(c.statuses).append("\n");
        }
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    record Closed(long count, double seconds, Histogram latency, long failedSources, Map<String, Long> statuses, double cpuMsPerCall,
                  double simMsPerCall, double busy) {
    }

    static Closed closedLoop(Outbound o, List<Community> fast, int concurrent, int perQuery, double seconds, long simPid)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong count = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(concurrent);
        long cpu0 = cpuNanos();
        long sim0 = ticks(simPid);
        long[] m0 = machine();
        for (int u = 0; u < concurrent; u++) {
            Random random = new Random(u);
            new Object() {
                void next() {
                    if (System.nanoTime() >= deadline) {
                        done.countDown();
                        return;
                    }
                    List<Community> targets = new ArrayList<>(fast);
                    java.util.Collections.shuffle(targets, random);
                    long t0 = System.nanoTime();
                    o.gateway.discoverAll(context(), patient(random.nextInt(1000)), targets.subList(0, perQuery), null, x -> { })
                            .whenComplete((r, e) -> {
                                recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                                count.incrementAndGet();
                                if (r != null) {
                                    for (SourceOutcome s : r.sources()) {
                                        statuses.computeIfAbsent(s.status(), k -> new AtomicLong()).incrementAndGet();
                                        if (!s.status().equals(SourceOutcome.MATCHED) && !s.status().equals(SourceOutcome.NO_MATCH)) {
                                            failed.incrementAndGet();
                                        }
                                    }
                                } else {
                                    failed.addAndGet(perQuery);
                                }
                                next();
                            });
                }
            }.next();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long n = Math.max(1, count.get());
        long[] m1 = machine();
        double busy = m1[0] == m0[0] ? 0 : 1.0 - (double) (m1[1] - m0[1]) / (m1[0] - m0[0]);
        Map<String, Long> st = new TreeMap<>();
        statuses.forEach((k, v) -> st.put(k, v.get()));
        return new Closed(count.get(), elapsed, recorder.getIntervalHistogram(), failed.get(), st,
                (cpuNanos() - cpu0) / 1e6 / (n * perQuery), (ticks(simPid) - sim0) * 10.0 / (n * perQuery), busy);
    }

    /** The outbound layer as the unit tests build it: a fixed pool for the managed executor, one scheduler thread. */
    static final class Outbound implements AutoCloseable {
        final ExecutorService executor;
        final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        final Gateway gateway;

        Outbound(SigningCredential credential, int pool, OutboundSettings settings) {
            executor = Executors.newFixedThreadPool(pool);
            CallLog log = (r, org, at) -> { };
            // the simulated peers are plain HTTP on loopback: allowed as the sandbox allows its own entries
            dev.crossway.interop.http.SoapTransport transport = new dev.crossway.interop.http.SoapTransport(executor,
                    settings.connectTimeout(), settings.maxResponseBytes(),
                    new dev.crossway.interop.tls.ClientTls(java.util.Optional.empty(), java.util.Optional.empty()),
                    new dev.crossway.interop.http.AddressPolicy(dev.crossway.interop.http.AllowList.parse("127.0.0.0/8"), true,
                            dev.crossway.interop.http.HostResolver.SYSTEM));
            SoapClient client = new SoapClient(transport, executor, timer, Clock.systemUTC(), settings, log);
            gateway = new Gateway(client, new Envelopes(() -> credential, HomeCommunityId.of(HOME), Clock.systemUTC()),
                    EndpointProfile::defaults, Clock.systemUTC());
        }

        @Override
        public void close() {
            executor.shutdownNow();
            timer.shutdownNow();
        }
    }

    static InitiatorContext context() {
        return new InitiatorContext("dr.perf", null, null, "Crossway Perf Clinic", "2.16.840.1.113883.3.9999.1", "1234567893");
    }

    static Demographics patient(int i) {
        return new Demographics(List.of(new PatientId("MRN-" + i, Oid.of("2.16.840.1.113883.3.9999.1"))), "Jane", null,
                "Doe" + (char) ('a' + i % 26), LocalDate.of(1970, 3, 15).plusDays(i), "Female", "1 Main St", "Springfield", "IL",
                "62701", "+1-217-555-0100", null);
    }

    static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(100);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long ticks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    static void log(String format, Object... args) {
        System.err.println("[initiator-bench] " + String.format(format, args));
    }
}
