package dev.crossway.perf.responder;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Partners registering patients while the gateway answers: {@code NewPatient} through the partner
 * API at a fixed rate (open loop: one every 1/rate s, whatever the answers take, on a pool of
 * senders), each a new patient of the same community drawn from the same population as the
 * cache-hit keys (same family names, other birth dates). Started beside a measured window,
 * stopped at its end.
 */
final class Registrations {

    /** What one window's registrations did. */
    record Result(double rate, long sent, long created, long failed, double seconds, double p50, double p99, String firstError) {
        double perSecond() {
            return created / seconds;
        }
    }

    private final Api api;
    private final String community;
    private final String authority;
    private final AtomicInteger next;

    /** Patients are numbered from {@code firstIndex} on ({@link Population#person}), never one registered before. */
    Registrations(Api api, String community, String authority, int firstIndex) {
        this.api = api;
        this.community = community;
        this.authority = authority;
        this.next = new AtomicInteger(firstIndex);
    }

    /** Registers at {@code rate} per second until {@link Running#stop()}. */
    Running start(double rate) {
        return new Running(rate);
    }

    final class Running {
        private final double rate;
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService senders = Executors.newFixedThreadPool(8);
        private final Recorder latency = new Recorder(3);
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final long start = System.nanoTime();
        private volatile String firstError;

        private Running(double rate) {
            this.rate = rate;
            long period = (long) (1e9 / rate);
            clock.scheduleAtFixedRate(() -> senders.execute(this::registerOne), 0, period, TimeUnit.NANOSECONDS);
        }

        private void registerOne() {
            sent.incrementAndGet();
            Population.Person p = Population.person(next.getAndIncrement());
            long t0 = System.nanoTime();
            try {
                Api.Reply r = api.post("PatientAdmin/NewPatient", api.partner(), """
                        {"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "%s"},
                         "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}],
                          "Demographics": {"FirstName": "%s", "LastName": "%s", "DOB": "%s", "Sex": "%s",
                           "Address": {"StreetAddress": "%s", "City": "%s", "State": "%s", "ZIP": "%s"},
                           "PhoneNumber": {"Home": "%s"}}}}""".formatted(community, p.id(), authority, p.first(), p.last(),
                        p.dob(), p.sex(), p.street(), p.city(), p.state(), p.zip(), p.phone()));
                latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                if (r.status() == 201) {
                    created.incrementAndGet();
                } else {
                    failure("NewPatient " + p.id() + ": HTTP " + r.status() + " " + r.body());
                }
            } catch (RuntimeException e) {
                failure("NewPatient " + p.id() + ": " + e);
            }
        }

        private void failure(String what) {
            if (failed.getAndIncrement() == 0) {
                firstError = what;
            }
        }

        Result stop() {
            clock.shutdownNow();
            senders.shutdown();
            try {
                senders.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            var h = latency.getIntervalHistogram();
            return new Result(rate, sent.get(), created.get(), failed.get(), seconds, h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, firstError);
        }
    }
}
