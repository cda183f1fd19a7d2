package dev.crossway.web.api.dto;

import dev.crossway.responder.application.VolumeBucket;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests answered in one hour (or day) from {@code Start}, in total and per transaction. */
@Schema
public record VolumeBucketDto(Instant start, long total, long xcpd, long xcaQuery, long xcaRetrieve) {

    public static VolumeBucketDto of(VolumeBucket b) {
        return new VolumeBucketDto(b.start(), b.total(), b.xcpd(), b.xcaQuery(), b.xcaRetrieve());
    }
}
