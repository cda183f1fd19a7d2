package dev.crossway.web.api.dto;

import dev.crossway.initiator.application.EndpointStats;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One partner endpoint's record over a window: calls, outcomes, latency percentiles, the most
 * recent errors, and its circuit ({@code Closed}, {@code Open}, {@code HalfOpen}).
 */
@Schema
public record EndpointStatsDto(String url, long calls, long successes, long failures, long timeouts, double successRate,
                               long p50Ms, long p90Ms, long p99Ms, List<String> lastErrors, String circuitState) {

    public static EndpointStatsDto of(EndpointStats s) {
        return new EndpointStatsDto(s.url(), s.calls(), s.successes(), s.failures(), s.timeouts(), s.successRate(),
                s.p50Ms(), s.p90Ms(), s.p99Ms(), s.lastErrors(), s.circuitState());
    }
}
