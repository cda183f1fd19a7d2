package dev.crossway.web.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Redox's {@code Meta} block: which data model and event a message is, and for whom. */
public record MetaDto(String dataModel, String eventType, Instant eventDateTime, Boolean test,
                      Map<String, Object> source, List<Map<String, Object>> destinations,
                      String facilityCode, Map<String, Object> extensions) {

    public static MetaDto reply(MetaDto request, String dataModel, String eventType) {
        return new MetaDto(dataModel, eventType, Instant.now(), request == null ? null : request.test(),
                null, null, request == null ? null : request.facilityCode(), null);
    }
}
