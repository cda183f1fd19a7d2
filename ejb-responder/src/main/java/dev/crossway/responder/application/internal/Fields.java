package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.responder.application.ResponderValidationException;

/** Small validation helpers that name the refused field. */
final class Fields {

    private Fields() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ResponderValidationException(field, field + " is required");
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new ResponderValidationException(field, field + " is longer than " + max + " characters");
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }

    static Oid oid(String value, String field) {
        String v = required(value, field, 80);
        if (!Oid.isValid(v)) {
            throw new ResponderValidationException(field, field + " '" + v + "' is not an OID");
        }
        return Oid.of(v);
    }

    static HomeCommunityId community(String value, String field) {
        return new HomeCommunityId(oid(value, field));
    }
}
