package dev.crossway.initiator.infrastructure.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.support.FakePeers;
import dev.crossway.initiator.support.FakePeers.Reply;
import dev.crossway.initiator.support.Outbound;
import dev.crossway.initiator.support.Responses;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed of the perf benchmark: one discovery fanned out to 500 endpoints with latencies spread
 * over 10..1500 ms and 10% never answering. It must end within the timeout plus one second,
 * with every answering endpoint's answer, on a bounded number of threads (no thread per call).
 * Every request is built and signed (two RSA signatures), which costs about 10 ms of CPU on a
 * loaded two-CPU machine: hence a 10 s timeout here ({@code -DtimeoutSeconds}, {@code -Dendpoints}).
 */
@org.junit.jupiter.api.Tag("load")
class ManyEndpointsTest {

    private static final int ENDPOINTS = Integer.getInteger("endpoints", 500);
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("timeoutSeconds", 10));

    @Test
    void fiveHundredEndpointsWithTenPercentSilentFinishInTimeOnFewThreads() {
        byte[] match = Responses.sample("metriport/xcpd_match.soap.xml");
        byte[] noMatch = Responses.sample("metriport/xcpd_no_match.soap.xml");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FakePeers peers = new FakePeers();
             Outbound out = new Outbound(Outbound.fast(TIMEOUT).withMaxConcurrency(256),
                     url -> EndpointProfile.defaults(url))) {
            List<Community> targets = new ArrayList<>();
            for (int i = 0; i < ENDPOINTS; i++) {
                int n = i;
                Duration latency = Duration.ofMillis(10 + (n * 37L) % 1500);
                String url = peers.peer("ep" + n, b -> n % 10 == 0 ? Reply.never()
                        : Reply.soap(n % 3 == 0 ? match : noMatch).after(latency));
                targets.add(new Community("2.16.840.1.113883.3.8." + n, "Org " + n, url, null, null));
            }
            int before = threads.getThreadCount();
            threads.resetPeakThreadCount();
            long heapBefore = usedHeap();

            java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.getAllStackTraces().keySet().forEach(t -> seen.add(t.getName()));
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            DiscoveryResult r = out.gateway.discoverAll(Outbound.context(), Outbound.patient(), targets, null, a -> { }).join();
            long elapsed = (System.nanoTime() - start) / 1_000_000;

            int peak = threads.getPeakThreadCount();
            sampler.interrupt();
            System.out.println("threads seen: " + seen.stream().map(n -> n.replaceAll("\\d+", "#"))
                    .collect(Collectors.groupingBy(x -> x, Collectors.counting())));
            System.out.println(Thread.getAllStackTraces().keySet().stream().map(t -> t.getName().replaceAll("\\d+", "#"))
                    .collect(Collectors.groupingBy(x -> x, Collectors.counting())));
            Map<String, Long> statuses = r.sources().stream().collect(Collectors.groupingBy(SourceOutcome::status, Collectors.counting()));
            System.out.printf(ENDPOINTS + " endpoints: %d ms, statuses %s, threads before %d, peak %d, heap growth %d MB%n",
                    elapsed, statuses, before, peak, (usedHeap() - heapBefore) / (1024 * 1024));
            assertThat(elapsed).isLessThan(TIMEOUT.toMillis() + 1000);
            assertThat(r.sources()).filteredOn(x -> silent(x.organizationId()))
                    .hasSize(ENDPOINTS / 10).allSatisfy(x -> assertThat(x.status()).isEqualTo(SourceOutcome.TIMEOUT));
            assertThat(statuses).doesNotContainKeys(SourceOutcome.ERROR, SourceOutcome.SKIPPED);
            // signing is CPU-bound: on a shared two-CPU machine the last few requests may still be queued at the deadline
            long answered = statuses.getOrDefault(SourceOutcome.MATCHED, 0L) + statuses.getOrDefault(SourceOutcome.NO_MATCH, 0L);
            assertThat(answered).isGreaterThanOrEqualTo(ENDPOINTS * 9 / 10 * 8 / 10);
            // fake network (8 handler + 2 delay threads + dispatcher) + client (8 pool + 1 timer + selector) + JVM/JUnit
            assertThat(peak - before).isLessThan(40);
        }
    }

    private static boolean silent(String organizationId) {
        return Integer.parseInt(organizationId.substring(organizationId.lastIndexOf('.') + 1)) % 10 == 0;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
