package dev.crossway.web.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Prometheus-style cumulative latency histogram made of counters: for each bound, how many
 * observations took at most that long ({@code <name>_latency_total{le="0.05"}}; a {@code _bucket}
 * suffix would be stripped by the Prometheus naming), beside a timer
 * ({@code <name>_seconds_count}, {@code _sum}, {@code _max}).
 *
 * <p>Hand-made because WildFly's per-deployment registry passes only the plain meter calls
 * ({@code counter}, {@code timer}, {@code gauge} by name and tags) on to the exported registry: a
 * meter built with a distribution configuration (Micrometer's {@code publishPercentileHistogram})
 * stays in the deployment's own registry and is never served, and the registry's configuration
 * cannot be changed ("MeterRegistry.Config is not supported in a WildFly-managed MeterRegistry").
 * {@code histogram_quantile} reads these buckets as it reads any histogram's (it only needs
 * {@code le}). The counters are looked up once per series and kept: a lookup scans the registry.
 */
final class LatencyHistogram {

    /** Upper bounds in seconds, from a fast cache hit to the slowest retrieve a partner waits for. */
    static final List<Double> BOUNDS = List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
            60.0, 120.0, Double.POSITIVE_INFINITY);

    private final MeterRegistry registry;
    private final String name;
    private final Map<Tags, Series> series = new ConcurrentHashMap<>();

    private record Series(Timer timer, List<Counter> buckets) {
    }

    LatencyHistogram(MeterRegistry registry, String name) {
        this.registry = registry;
        this.name = name;
    }

    void record(Tags tags, Duration took) {
        Series s = series.computeIfAbsent(tags, this::create);
        s.timer().record(took);
        double seconds = took.toNanos() / 1e9;
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (seconds <= BOUNDS.get(i)) {
                s.buckets().get(i).increment();
            }
        }
    }

    private Series create(Tags tags) {
        List<Counter> buckets = BOUNDS.stream()
                .map(b -> registry.counter(name + ".latency", tags.and(Tag.of("le", le(b)))))
                .toList();
        return new Series(registry.timer(name, tags), buckets);
    }

    static String le(double bound) {
        return bound == Double.POSITIVE_INFINITY ? "+Inf" : Double.toString(bound);
    }
}
