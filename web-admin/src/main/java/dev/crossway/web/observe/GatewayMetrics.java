package dev.crossway.web.observe;

import dev.crossway.responder.application.GatewayReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The gateway's and the API's request metrics, in WildFly's Micrometer registry (Prometheus names:
 * {@code crossway_gateway_requests_total}, {@code crossway_gateway_request_seconds_bucket},
 * {@code crossway_api_request_seconds_bucket}; docs/OPERATIONS.md, Monitoring).
 */
@ApplicationScoped
public class GatewayMetrics {

    /** The initiator label of a request whose assertion was not verified: never the sender's claim. */
    static final String UNVERIFIED = "unverified";

    @Inject
    MeterRegistry registry;

    /** One gateway request: its transaction, how it ended, who asked (when verified), how long it took. */
    void gateway(String transaction, Optional<GatewayReply.Served> served, int httpStatus, Duration took) {
        String outcome = served.map(s -> s.outcome().name().toLowerCase(Locale.ROOT))
                .orElse(httpStatus >= 500 ? "error" : "refused");
        String initiator = served.flatMap(GatewayReply.Served::initiator).orElse(UNVERIFIED);
        Counter.builder("crossway.gateway.requests")
                .description("Gateway requests (ITI-55, ITI-38, ITI-39) by transaction, outcome and initiating community")
                .tags("transaction", transaction, "outcome", outcome, "initiator", initiator)
                .register(registry).increment();
        Timer.builder("crossway.gateway.request")
                .description("Time from the gateway request's arrival to its answer")
                .tags("transaction", transaction, "outcome", outcome)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(120))
                .register(registry).record(took);
    }

    /** One API call: method, status class ({@code 2xx}...), how long it took. */
    void api(String method, int httpStatus, Duration took) {
        Timer.builder("crossway.api.request")
                .description("API calls by method and status class")
                .tags("method", method, "status", (httpStatus / 100) + "xx")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(300))
                .register(registry).record(took);
    }
}
