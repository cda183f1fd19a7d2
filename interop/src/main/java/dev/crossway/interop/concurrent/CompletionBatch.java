package dev.crossway.interop.concurrent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that each of a batch of completions would repeat, done once after all of them. A thread
 * that completes many stages in one go (the audit writer answering a committed batch:
 * {@code GroupCommit}) runs them inside {@link #completing}; what runs from those completions may
 * hand a step to {@link #once}, which defers it to the end of the batch, once per key. Outside a
 * batch {@link #once} returns false and its caller does the step itself.
 *
 * <p>What it is for: each gateway answer wakes its connection's I/O thread, and a batch of answers
 * woke the same few I/O threads again and again while they were already awake with the previous
 * ones (the waker and the woken meeting on the selector's locks: docs/PERFORMANCE.md, "Issue 15,
 * session 22"); deferred to the batch's end, each I/O thread is woken once per batch
 * ({@code AnswerHandoff}). Written here because neither the JDK nor the container has a hook at
 * the end of a run of completions on one thread.
 */
public final class CompletionBatch {

    private static final Logger LOG = Logger.getLogger(CompletionBatch.class.getName());
    /** The steps deferred by the batch this thread is completing, by key, in the order first asked. */
    private static final ThreadLocal<Map<Object, Runnable>> DEFERRED = new ThreadLocal<>();

    private CompletionBatch() {
    }

    /**
     * Runs {@code completions}, then the steps they deferred ({@link #once}), even when they throw. A
     * step that throws is logged and the others still run. Inside another batch, the completions join
     * it: its end runs their steps.
     */
    public static void completing(Runnable completions) {
        if (DEFERRED.get() != null) {
            completions.run();
            return;
        }
        Map<Object, Runnable> deferred = new LinkedHashMap<>();
        DEFERRED.set(deferred);
        try {
            completions.run();
        } finally {
            DEFERRED.remove();
            for (Runnable step : deferred.values()) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a step deferred to the end of a batch of completions failed", e);
                }
            }
        }
    }

    /**
     * Defers {@code step} to the end of the batch this thread is completing, unless a step with the
     * same key is deferred already; true then (deferred, or already). False outside a batch, and
     * while a batch's deferred steps run: the caller runs its step itself.
     */
    public static boolean once(Object key, Runnable step) {
        Map<Object, Runnable> deferred = DEFERRED.get();
        if (deferred == null) {
            return false;
        }
        deferred.putIfAbsent(key, step);
        return true;
    }
}
