package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.CallRecord;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.HealthBucket;
import dev.crossway.initiator.domain.EndpointCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Success rates, latency percentiles and recent errors computed from recorded calls. */
final class HealthStatistics {

    static final int LAST_ERRORS = 10;

    private HealthStatistics() {
    }

    /** One row per URL, worst success rate first; {@code circuit} names each URL's circuit state. */
    static List<EndpointStats> stats(List<EndpointCall> calls, Function<String, String> circuit) {
        Map<String, List<EndpointCall>> byUrl = new LinkedHashMap<>();
        calls.forEach(c -> byUrl.computeIfAbsent(c.url(), u -> new ArrayList<>()).add(c));
        List<EndpointStats> out = new ArrayList<>();
        byUrl.forEach((url, list) -> {
            long ok = list.stream().filter(c -> CallRecord.SUCCESS.equals(c.outcome())).count();
            long timeouts = list.stream().filter(c -> CallRecord.TIMEOUT.equals(c.outcome())).count();
            long[] latencies = list.stream().mapToLong(EndpointCall::elapsedMs).sorted().toArray();
            List<String> errors = list.stream().filter(c -> c.error() != null)
                    .sorted(Comparator.comparing(EndpointCall::calledAt).reversed())
                    .limit(LAST_ERRORS).map(c -> c.calledAt() + " " + c.error()).toList();
            out.add(new EndpointStats(url, list.size(), ok, list.size() - ok - timeouts, timeouts,
                    list.isEmpty() ? 1 : (double) ok / list.size(), percentile(latencies, 50), percentile(latencies, 90),
                    percentile(latencies, 99), errors, circuit.apply(url)));
        });
        out.sort(Comparator.comparingDouble(EndpointStats::successRate).thenComparing(EndpointStats::url));
        return out;
    }

    static List<HealthBucket> buckets(List<EndpointCall> calls, Instant since, Duration bucket) {
        Map<Long, List<EndpointCall>> slices = new LinkedHashMap<>();
        long width = Math.max(1000, bucket.toMillis());
        calls.forEach(c -> slices.computeIfAbsent((c.calledAt().toEpochMilli() - since.toEpochMilli()) / width,
                k -> new ArrayList<>()).add(c));
        List<HealthBucket> out = new ArrayList<>();
        slices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<EndpointCall> list = e.getValue();
            long[] latencies = list.stream().mapToLong(EndpointCall::elapsedMs).sorted().toArray();
            out.add(new HealthBucket(since.plusMillis(e.getKey() * width), list.size(),
                    list.stream().filter(c -> CallRecord.FAILURE.equals(c.outcome())).count(),
                    list.stream().filter(c -> CallRecord.TIMEOUT.equals(c.outcome())).count(),
                    percentile(latencies, 50), percentile(latencies, 90)));
        });
        return out;
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static CallRecord record(EndpointCall c) {
        return new CallRecord(c.url(), c.transaction(), c.organizationId(), c.calledAt(), c.elapsedMs(), c.outcome(),
                c.httpStatus(), c.error());
    }
}
