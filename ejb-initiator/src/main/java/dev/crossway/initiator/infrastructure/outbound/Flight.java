package dev.crossway.initiator.infrastructure.outbound;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The mutable state of one call while it is in the air: which permits it holds and what it is
 * waiting for. {@link #end()} happens once; afterwards nothing of the call is used any more,
 * so a late answer finds the flight ended and is dropped.
 */
final class Flight {

    final SoapCall call;
    final long startNanos = System.nanoTime();
    final CompletableFuture<CallResult> result = new CompletableFuture<>();
    private final Permits endpoint;
    private final Permits global;
    private boolean ended;
    private boolean holdsEndpoint;
    private boolean holdsGlobal;
    private Future<?> pending;
    private Future<?> timer;
    dev.crossway.interop.http.SoapRequest message;
    int attempts;

    Flight(SoapCall call, Permits endpoint, Permits global) {
        this.call = call;
        this.endpoint = endpoint;
        this.global = global;
    }

    long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    long remainingMs() {
        return call.timeout().toMillis() - elapsedMs();
    }

    /** Records a granted permit; false (and the permit given back) when the flight already ended. */
    boolean hold(Permits p) {
        synchronized (this) {
            if (!ended) {
                if (p == endpoint) {
                    holdsEndpoint = true;
                } else {
                    holdsGlobal = true;
                }
                return true;
            }
        }
        p.release();
        return false;
    }

    /** What the flight waits for now (a permit, an HTTP exchange, a retry); cancelled on end. */
    boolean waitFor(Future<?> f) {
        synchronized (this) {
            if (!ended) {
                pending = f;
                return true;
            }
        }
        f.cancel(true);
        return false;
    }

    synchronized void timer(Future<?> t) {
        if (ended) {
            t.cancel(false);
        } else {
            timer = t;
        }
    }

    synchronized boolean ended() {
        return ended;
    }

    /** Ends the flight once: gives the permits back and cancels what it waited for. */
    boolean end() {
        boolean releaseEndpoint;
        boolean releaseGlobal;
        Future<?> p;
        Future<?> t;
        synchronized (this) {
            if (ended) {
                return false;
            }
            ended = true;
            releaseEndpoint = holdsEndpoint;
            releaseGlobal = holdsGlobal;
            holdsEndpoint = false;
            holdsGlobal = false;
            p = pending;
            t = timer;
        }
        if (t != null) {
            t.cancel(false);
        }
        if (p != null) {
            p.cancel(true);
        }
        if (releaseGlobal) {
            global.release();
        }
        if (releaseEndpoint) {
            endpoint.release();
        }
        return true;
    }
}
