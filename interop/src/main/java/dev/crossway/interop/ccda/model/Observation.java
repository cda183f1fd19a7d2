package dev.crossway.interop.ccda.model;

/**
 * One measured or stated observation (result component, vital sign, social history item).
 * {@code value} is text as Redox sends it; a comparator from an interval is kept in it
 * ("&lt;=5"). {@code valueType} follows Redox: Numeric, String, Coded Entry, DateTime, Boolean.
 * A coded value is also given whole in {@code valueCode}.
 */
public record Observation(
        Code code,
        String value,
        String valueType,
        Code valueCode,
        String units,
        ReferenceRange referenceRange,
        String interpretationCode,
        String dateTime,
        String status) {
}
