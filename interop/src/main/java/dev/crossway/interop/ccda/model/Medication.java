package dev.crossway.interop.ccda.model;

/**
 * A medication activity. {@code negated} (negationInd) means not taken: refused when a reason
 * is given, "no medications" when the product is absent or the generic "drug or medicament".
 */
public record Medication(
        Code product,
        Quantity dose,
        Code route,
        Frequency frequency,
        String startDate,
        String endDate,
        String status,
        boolean negated,
        Code negationReason) {
}
