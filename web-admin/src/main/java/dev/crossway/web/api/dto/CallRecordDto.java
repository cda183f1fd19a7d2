package dev.crossway.web.api.dto;

import dev.crossway.initiator.application.CallRecord;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One outbound call: {@code Transaction} ({@code XCPD ITI-55}, {@code XCA ITI-38}, {@code XCA
 * ITI-39}), {@code Outcome} ({@code Success}, {@code Failure}, {@code Timeout}), {@code HttpStatus}
 * 0 when no HTTP answer arrived.
 */
@Schema
public record CallRecordDto(String url, String transaction, String organizationId, Instant at, long elapsedMs,
                            String outcome, int httpStatus, String error) {

    public static CallRecordDto of(CallRecord c) {
        return new CallRecordDto(c.url(), c.transaction(), c.organizationId(), c.at(), c.elapsedMs(), c.outcome(),
                c.httpStatus(), c.error());
    }
}
