package dev.crossway.initiator.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theDelayDoublesAfterEachFailureFromTheBaseUpToTheMaximum() {
        Backoff b = new Backoff(8, Duration.ofSeconds(30), Duration.ofMinutes(10));
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(b::delayAfter).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                Duration.ofSeconds(480), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(b.delayAfter(1000)).as("no overflow far out").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theDeliveryIsExhaustedAfterMaxAttemptsFailures() {
        Backoff b = new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertThat(b.exhausted(4)).isFalse();
        assertThat(b.exhausted(5)).isTrue();
    }

    @Test
    void aScheduleWithoutAttemptsOrWithAMaximumBelowTheBaseIsRefused() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(10), Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ZERO, Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
    }
}
