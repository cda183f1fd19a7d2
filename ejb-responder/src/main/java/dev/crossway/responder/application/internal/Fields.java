package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.responder.application.ResponderValidationException;

/** Small validation helpers that name the refused field. */
final class Fields {

    private Fields() {
    }

    static String required(String value, ResponderField field, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new ResponderValidationException(field, name + " is required");
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new ResponderValidationException(field, name + " is longer than " + max + " characters");
        }
        return v;
    }

    static String optional(String value, ResponderField field, String name, int max) {
        return value == null || value.isBlank() ? null : required(value, field, name, max);
    }

    static Oid oid(String value, ResponderField field, String name) {
        String v = required(value, field, name, 80);
        if (!Oid.isValid(v)) {
            throw new ResponderValidationException(field, name + " '" + v + "' is not an OID");
        }
        return Oid.of(v);
    }

    static HomeCommunityId community(String value, ResponderField field, String name) {
        return new HomeCommunityId(oid(value, field, name));
    }
}
