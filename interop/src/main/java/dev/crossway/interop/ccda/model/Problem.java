package dev.crossway.interop.ccda.model;

import java.util.List;

/**
 * A problem observation: {@code code} is its value (usually SNOMED CT), {@code altCodes} the
 * translations (often ICD-10-CM). {@code negated} means the problem is absent; with the
 * generic code 55607006 "Problem" that is "no known problems".
 */
public record Problem(
        Code code,
        List<Code> altCodes,
        Code category,
        String startDate,
        String endDate,
        Code status,
        boolean negated) {

    public Problem {
        altCodes = List.copyOf(altCodes);
    }
}
