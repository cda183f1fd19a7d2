package dev.crossway.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's own answer deadline: never early, at most a tick late, withdrawn when the exchange ends. */
class AnswerDeadlinesTest {

    private static final long TIMEOUT = 60_000;
    private static final long TICK = 1_000;

    private final List<String> expired = new ArrayList<>();

    private AnswerDeadlines.Due due(String name) {
        return () -> expired.add(name);
    }

    @Test
    void anAnswerExpiresOnceItsTimeoutHasPassedAndNotBefore() {
        AnswerDeadlines deadlines = new AnswerDeadlines(TIMEOUT, TICK, 5_300);
        deadlines.register(due("a"), 5_300);

        deadlines.sweep(5_300 + TIMEOUT - 1);
        assertThat(expired).isEmpty();
        deadlines.sweep(5_300 + TIMEOUT + 699);
        assertThat(expired).isEmpty();
        deadlines.sweep(5_300 + TIMEOUT + 700);
        assertThat(expired).containsExactly("a");
        assertThat(deadlines.pending()).isZero();

        deadlines.sweep(5_300 + 2 * TIMEOUT);
        assertThat(expired).as("expired once").containsExactly("a");
    }

    @Test
    void anAnswerWhoseExchangeEndedNeverExpires() {
        AnswerDeadlines deadlines = new AnswerDeadlines(TIMEOUT, TICK, 0);
        AnswerDeadlines.Deadline answered = deadlines.register(due("answered"), 10);
        deadlines.register(due("waiting"), 20);
        answered.done();

        deadlines.sweep(TIMEOUT + TICK);
        assertThat(expired).containsExactly("waiting");
        assertThat(deadlines.pending()).isZero();
    }

    @Test
    void aLateSweepCatchesUpWithoutExpiringTheNextLapEarly() {
        AnswerDeadlines deadlines = new AnswerDeadlines(TIMEOUT, TICK, 0);
        deadlines.register(due("first"), 0);
        deadlines.register(due("second"), 30_000);
        // registered after the first's slot went by unswept: it lands in a slot a late sweep goes through
        deadlines.register(due("next lap"), 62_500);

        deadlines.sweep(95_000);
        assertThat(expired).containsExactly("first", "second");
        assertThat(deadlines.pending()).isOne();

        deadlines.sweep(62_500 + TIMEOUT);
        assertThat(expired).containsExactly("first", "second");
        deadlines.sweep(62_500 + TIMEOUT + TICK);
        assertThat(expired).containsExactly("first", "second", "next lap");
    }

    @Test
    void aSweepThatMissedAWholeLapExpiresEverythingOverdue() {
        AnswerDeadlines deadlines = new AnswerDeadlines(TIMEOUT, TICK, 0);
        for (int i = 0; i < 10; i++) {
            deadlines.register(due("n" + i), i * 7_000L);
        }
        deadlines.sweep(10 * TIMEOUT);
        assertThat(expired).hasSize(10);
    }

    @Test
    void oneAnswerThatCannotBeExpiredLeavesTheOthersExpired() {
        AnswerDeadlines deadlines = new AnswerDeadlines(TIMEOUT, TICK, 0);
        deadlines.register(() -> {
            throw new IllegalStateException("the exchange is gone");
        }, 0);
        deadlines.register(due("other"), 0);
        deadlines.sweep(TIMEOUT + TICK);
        assertThat(expired).containsExactly("other");
    }

    @Test
    void theTimeoutIsAtLeastATick() {
        assertThatThrownBy(() -> new AnswerDeadlines(10, 100, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
