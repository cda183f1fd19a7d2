package dev.crossway.interop.ccda.model;

/** {@code Header.Document}: the ClinicalDocument's own identity. ID is {@code root^extension}. */
public record DocumentHeader(
        String id,
        String title,
        String dateTime,
        Code type,
        Author author,
        Organization custodian,
        String locale) {
}
