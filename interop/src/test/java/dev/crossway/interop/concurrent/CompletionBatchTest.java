package dev.crossway.interop.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionBatchTest {

    @Test
    void outsideABatchNothingIsDeferredAndTheCallerRunsItsStep() {
        List<String> ran = new ArrayList<>();
        assertThat(CompletionBatch.once("io-1", () -> ran.add("wake"))).isFalse();
        assertThat(ran).isEmpty();
    }

    @Test
    void stepsRunOncePerKeyAfterAllTheCompletionsInTheOrderFirstAsked() {
        List<String> ran = new ArrayList<>();
        CompletionBatch.completing(() -> {
            for (String answer : List.of("a", "b", "c", "d")) {
                ran.add("answer " + answer);
                String io = answer.equals("b") ? "io-2" : "io-1";
                assertThat(CompletionBatch.once(io, () -> ran.add("wake " + io + " (asked by " + answer + ")"))).isTrue();
            }
        });
        assertThat(ran).containsExactly("answer a", "answer b", "answer c", "answer d",
                "wake io-1 (asked by a)", "wake io-2 (asked by b)");
    }

    @Test
    void theStepsRunWhenTheCompletionsThrowAndAFailingStepDoesNotStopTheOthers() {
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> CompletionBatch.completing(() -> {
            CompletionBatch.once("first", () -> {
                ran.add("first");
                throw new IllegalStateException("the first step failed");
            });
            CompletionBatch.once("second", () -> ran.add("second"));
            throw new IllegalStateException("a completion failed");
        })).hasMessage("a completion failed");
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aNestedBatchJoinsTheOuterOneAndAStepRunningAtTheEndRunsWhatItAsksItself() {
        List<String> ran = new ArrayList<>();
        CompletionBatch.completing(() -> {
            CompletionBatch.completing(() -> CompletionBatch.once("io-1", () -> ran.add("wake io-1")));
            ran.add("inner batch done");
            CompletionBatch.once("io-1", () -> ran.add("wake io-1 again"));
            CompletionBatch.once("late", () -> ran.add("late step: deferred " + CompletionBatch.once("x", () -> ran.add("never"))));
        });
        assertThat(ran).containsExactly("inner batch done", "wake io-1", "late step: deferred false");
    }
}
