package dev.crossway.web.portal;

import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.HealthBucket;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Endpoint health: success rate, latency percentiles and recent errors per endpoint, charted over time. */
@Named
@ViewScoped
public class WatchEndpoints implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EndpointHealth health;

    private int hours = 24;
    private String selected;
    private List<EndpointStats> stats;

    public List<EndpointStats> getStats() {
        if (stats == null) {
            stats = health.stats(Instant.now().minus(Duration.ofHours(hours)));
        }
        return stats;
    }

    public void refresh() {
        stats = null;
    }

    /** An endpoint is flagged when its circuit is open or fewer than 90% of its calls succeed. */
    public boolean failing(EndpointStats s) {
        return !"Closed".equals(s.circuitState()) || s.successRate() < 0.9;
    }

    /** Chart.js configuration: calls, failures and p90 latency of the selected endpoint per hour. */
    public String getChart() {
        String url = selected != null ? selected : getStats().isEmpty() ? null : getStats().get(0).url();
        List<HealthBucket> buckets = url == null ? List.of()
                : health.history(url, Instant.now().minus(Duration.ofHours(hours)), Duration.ofHours(1));
        String labels = buckets.stream().map(b -> "\"" + b.start().toString().substring(0, 13).replace('T', ' ') + "\"")
                .collect(Collectors.joining(","));
        String calls = buckets.stream().map(b -> String.valueOf(b.calls())).collect(Collectors.joining(","));
        String failures = buckets.stream().map(b -> String.valueOf(b.failures() + b.timeouts())).collect(Collectors.joining(","));
        String p90 = buckets.stream().map(b -> String.valueOf(b.p90Ms())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":\"calls\",\"backgroundColor\":\"#4f8fbf\",\"data\":[" + calls + "],\"yAxisID\":\"y\"},"
                + "{\"label\":\"failures\",\"backgroundColor\":\"#c0392b\",\"data\":[" + failures + "],\"yAxisID\":\"y\"},"
                + "{\"type\":\"line\",\"label\":\"p90 ms\",\"borderColor\":\"#1f3a5f\",\"data\":[" + p90 + "],\"yAxisID\":\"ms\"}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"beginAtZero\":true},"
                + "\"ms\":{\"position\":\"right\",\"beginAtZero\":true}}}}";
    }

    public int getHours() { return hours; }
    public void setHours(int v) { hours = v; stats = null; }
    public String getSelected() { return selected; }
    public void setSelected(String v) { selected = v; }
}
