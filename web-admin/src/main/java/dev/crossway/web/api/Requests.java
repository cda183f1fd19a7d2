package dev.crossway.web.api;

import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.web.api.dto.MetaDto;

/** Checks every API call shares: a body is present, and a Meta block, when sent, names this call. */
final class Requests {

    private Requests() {
    }

    static <T> T requireBody(T body, String section) {
        if (body == null) {
            throw new DirectoryValidationException(section, "a JSON body is required");
        }
        return body;
    }

    static void checkMeta(MetaDto meta, String dataModel, String eventType) {
        if (meta == null) {
            return;
        }
        if (meta.dataModel() != null && !meta.dataModel().equals(dataModel)) {
            throw new DirectoryValidationException("Meta.DataModel", "expected DataModel '" + dataModel + "'");
        }
        if (meta.eventType() != null && !meta.eventType().equals(eventType)) {
            throw new DirectoryValidationException("Meta.EventType", "expected EventType '" + eventType + "'");
        }
    }
}
