package dev.crossway.web.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void anObservationCountsInEveryBucketItFitsAndTheTimerHasItsSum() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LatencyHistogram h = new LatencyHistogram(registry, "crossway.gateway.request");
        Tags tags = Tags.of("transaction", "ITI-55", "outcome", "success");
        h.record(tags, Duration.ofMillis(30));
        h.record(tags, Duration.ofMillis(3));

        assertThat(bucket(registry, "0.005")).isEqualTo(1);
        assertThat(bucket(registry, "0.025")).isEqualTo(1);
        assertThat(bucket(registry, "0.05")).isEqualTo(2);
        assertThat(bucket(registry, "+Inf")).isEqualTo(2);
        assertThat(registry.get("crossway.gateway.request").tags(tags).timer().count()).isEqualTo(2);
        assertThat(registry.get("crossway.gateway.request").tags(tags).timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(33.0);
    }

    static double bucket(SimpleMeterRegistry registry, String le) {
        return registry.get("crossway.gateway.request.latency").tag("le", le).counter().count();
    }
}
