package dev.crossway.initiator.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The jobs of this node, in memory: at most {@code capacity} (the oldest finished job makes room,
 * else the oldest of all), finished ones forgotten after {@code keep}. Not replicated: a job id
 * is known only to the node that started it.
 */
final class JobTable {

    private final int capacity;
    private final Duration keep;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    JobTable(int capacity, Duration keep, Clock clock) {
        this.capacity = capacity;
        this.keep = keep;
        this.clock = clock;
    }

    synchronized Job create(String owner) {
        expire();
        if (jobs.size() >= capacity) {
            String victim = jobs.values().stream().filter(Job::finished).map(Job::id).findFirst()
                    .orElse(jobs.keySet().iterator().next());
            jobs.remove(victim);
        }
        Job job = new Job(UUID.randomUUID().toString(), owner);
        jobs.put(job.id(), job);
        return job;
    }

    synchronized Optional<Job> get(String id) {
        expire();
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    synchronized int size() {
        return jobs.size();
    }

    /** Jobs started and not yet finished: the queue depth the metrics show. */
    synchronized int running() {
        return (int) jobs.values().stream().filter(j -> !j.finished()).count();
    }

    private void expire() {
        var limit = clock.instant().minus(keep);
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            if (it.next().finishedBefore(limit)) {
                it.remove();
            }
        }
    }
}
