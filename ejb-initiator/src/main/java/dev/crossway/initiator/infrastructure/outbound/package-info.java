/**
 * Outbound IHE calls over {@code java.net.http} in asynchronous mode: one shared client whose
 * executor is the EE managed executor, non-blocking permits per endpoint and overall,
 * per-transaction timeouts, retries for network errors only, a circuit breaker per endpoint,
 * bounded response bodies and deadline-bounded gathering of partial results. Plain Java: the
 * EJBs pass the managed executors in; the tests pass ordinary ones.
 */
package dev.crossway.initiator.infrastructure.outbound;
