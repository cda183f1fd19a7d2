package dev.crossway.perf.responder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Signed requests made for one window each: the server's replay cache refuses a second sending of
 * a security header, so every send needs a request of its own. A pool is signed in parallel
 * threads just before the window that consumes it (timestamps live 5 minutes), each request is
 * taken once, in the order signed, and a window whose pool runs out ends there (reported as such).
 * Each kind numbers its requests across windows: the never-repeated XCPD miss keys stay new.
 */
final class Pools {

    private final Map<String, IntFunction<Load.Item>> kinds = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> next = new HashMap<>();
    private final int threads;
    private long built;
    private double seconds;

    Pools(int threads) {
        this.threads = threads;
    }

    void kind(String kind, IntFunction<Load.Item> make) {
        kinds.put(kind, make);
        next.put(kind, new AtomicInteger());
    }

    /** The next {@code n} requests of {@code kind}, signed now on the signing threads. */
    List<Load.Item> take(String kind, int n) throws Exception {
        IntFunction<Load.Item> make = kinds.get(kind);
        if (make == null) {
            throw new IllegalArgumentException("no such request kind " + kind);
        }
        int from = next.get(kind).getAndAdd(n);
        long t0 = System.nanoTime();
        Load.Item[] items = new Load.Item[n];
        parallel(threads, n, i -> {
            items[i] = make.apply(from + i);
            return null;
        });
        synchronized (this) {
            built += n;
            seconds += (System.nanoTime() - t0) / 1e9;
        }
        return Arrays.asList(items);
    }

    /** Requests of several kinds for a mixed window: {@code n} in all, split by the weights. */
    Map<String, List<Load.Item>> take(Map<String, Integer> weights, int n) throws Exception {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, List<Load.Item>> pools = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            pools.put(w.getKey(), take(w.getKey(), (int) Math.ceil((double) n * w.getValue() / total)));
        }
        return pools;
    }

    synchronized long built() {
        return built;
    }

    synchronized double signingSeconds() {
        return seconds;
    }

    int threads() {
        return threads;
    }

    /** Each item once, in order; then null (the window ends). */
    static Supplier<Load.Item> once(List<Load.Item> items) {
        AtomicInteger i = new AtomicInteger();
        return () -> {
            int k = i.getAndIncrement();
            return k < items.size() ? items.get(k) : null;
        };
    }

    /**
     * {@code source} at a fixed offered rate: the k-th item is handed out no earlier than k/rate
     * seconds after the first call, whatever the answers take (as long as a user is free to send it:
     * when all are busy the achieved rate falls below the offered one, which the report shows).
     */
    static Supplier<Load.Item> paced(Supplier<Load.Item> source, double rate) {
        AtomicLong slot = new AtomicLong();
        AtomicLong start = new AtomicLong();
        long interval = (long) (1e9 / rate);
        return () -> {
            start.compareAndSet(0, System.nanoTime()); // the schedule starts with the first call, not before
            long due = start.get() + slot.getAndIncrement() * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            return source.get();
        };
    }

    /** A random kind by weight, each kind's items once; null once the drawn kind has none left. */
    static Supplier<Load.Item> mix(Map<String, Integer> weights, Map<String, List<Load.Item>> pools) {
        Map<String, Supplier<Load.Item>> by = new HashMap<>();
        pools.forEach((k, v) -> by.put(k, once(v)));
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        return () -> {
            int x = ThreadLocalRandom.current().nextInt(total);
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                x -= w.getValue();
                if (x < 0) {
                    return by.get(w.getKey()).get();
                }
            }
            return null;
        };
    }

    static void parallel(int threads, int n, IntFunction<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        task.apply(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
