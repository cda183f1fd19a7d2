package dev.crossway.interop.ccda.model;

import java.util.List;

/**
 * An allergy or intolerance observation. {@code negated} is the observation's negationInd: with
 * a substance it means "not allergic to" it, without one "no known allergies" of {@code type}.
 */
public record Allergy(
        Code type,
        Code substance,
        List<Reaction> reactions,
        Code severity,
        Code status,
        String startDate,
        String endDate,
        boolean negated) {

    public Allergy {
        reactions = List.copyOf(reactions);
    }
}
