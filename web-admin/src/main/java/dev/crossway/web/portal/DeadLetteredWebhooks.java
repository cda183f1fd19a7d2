package dev.crossway.web.portal;

/**
 * Where the dashboard reads how many webhook deliveries gave up (dead-lettered). The webhook
 * delivery is built separately: it provides one CDI bean implementing this; until then the
 * dashboard says the count is not available.
 */
public interface DeadLetteredWebhooks {

    /** Deliveries that exhausted their retries and wait for an administrator. */
    long count();
}
