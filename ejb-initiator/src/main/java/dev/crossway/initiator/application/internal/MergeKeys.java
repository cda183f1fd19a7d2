package dev.crossway.initiator.application.internal;

import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.VitalSign;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When two entries from different documents are the same fact. Standing facts (medications,
 * allergies, problems) are the same by code (code system + code); events (results, vital signs,
 * immunizations, procedures, encounters) by code and date. Without a code the display name
 * stands in; an entry with neither is never merged (null key). Negation is part of the key:
 * "not allergic to penicillin" is not "allergic to penicillin".
 */
final class MergeKeys {

    private MergeKeys() {
    }

    static String medication(Medication m) {
        return negated(m.negated(), code(m.product()));
    }

    static String allergy(Allergy a) {
        return negated(a.negated(), a.substance() == null ? code(a.type()) : code(a.substance()));
    }

    static String problem(Problem p) {
        return negated(p.negated(), code(p.code()));
    }

    static String result(Result r) {
        return dated(code(r.code()), r.dateTime());
    }

    static String vitalSign(VitalSign v) {
        String codes = v.observations().stream().map(o -> code(o.code()) + "=" + o.value())
                .sorted().collect(Collectors.joining(","));
        return v.dateTime() == null || codes.isEmpty() ? null : v.dateTime() + "|" + codes;
    }

    static String immunization(Immunization i) {
        return negated(i.refused(), dated(code(i.vaccine()), i.dateTime()));
    }

    static String procedure(Procedure p) {
        return negated(p.negated(), dated(code(p.code()), p.dateTime()));
    }

    static String encounter(Encounter e) {
        return dated(code(e.type()), e.dateTime());
    }

    static String code(Code c) {
        if (c == null) {
            return null;
        }
        if (c.code() != null && !c.code().isBlank()) {
            return (c.codeSystem() == null ? "" : c.codeSystem().trim()) + "|" + c.code().trim();
        }
        return c.name() == null || c.name().isBlank() ? null : "name|" + c.name().trim().toLowerCase(Locale.ROOT);
    }

    private static String dated(String code, String dateTime) {
        return code == null ? null : code + "@" + (dateTime == null ? "" : dateTime);
    }

    private static String negated(boolean negated, String key) {
        return key == null ? null : (negated ? "not:" : "") + key;
    }

    static String observation(Observation o) {
        return code(o.code());
    }
}
