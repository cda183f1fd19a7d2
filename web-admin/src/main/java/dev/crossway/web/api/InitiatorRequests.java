package dev.crossway.web.api;

import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.web.api.dto.MetaDto;

/** Checks the initiator's calls share: a body, and a Meta that names this call when present. */
final class InitiatorRequests {

    private InitiatorRequests() {
    }

    static <T> T require(T body, String dataModel, String eventType) {
        if (body == null) {
            throw new InitiatorValidationException("Patient", "a JSON body is required");
        }
        MetaDto meta = body instanceof dev.crossway.web.api.dto.PatientSearchDto p ? p.meta()
                : body instanceof dev.crossway.web.api.dto.DocumentQueryDto d ? d.meta() : null;
        if (meta != null && meta.dataModel() != null && !meta.dataModel().equals(dataModel)) {
            throw new InitiatorValidationException("Meta.DataModel", "expected DataModel '" + dataModel + "'");
        }
        if (meta != null && meta.eventType() != null && !meta.eventType().equals(eventType)) {
            throw new InitiatorValidationException("Meta.EventType", "expected EventType '" + eventType + "'");
        }
        return body;
    }
}
