package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * One outbound call.
 *
 * @param transaction {@code XCPD ITI-55}, {@code XCA ITI-38} or {@code XCA ITI-39}
 * @param outcome     {@code Success}, {@code Failure} (network error, HTTP error, SOAP fault,
 *                    malformed or oversized answer) or {@code Timeout}
 * @param httpStatus  0 when no HTTP answer arrived
 */
public record CallRecord(
        String url,
        String transaction,
        String organizationId,
        Instant at,
        long elapsedMs,
        String outcome,
        int httpStatus,
        String error) {

    public static final String SUCCESS = "Success";
    public static final String FAILURE = "Failure";
    public static final String TIMEOUT = "Timeout";
}
