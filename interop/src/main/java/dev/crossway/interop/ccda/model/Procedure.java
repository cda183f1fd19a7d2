package dev.crossway.interop.ccda.model;

/** A procedure (procedure, observation or act form of the Procedure Activity templates). */
public record Procedure(
        Code code,
        String dateTime,
        String endDateTime,
        String status,
        Code targetSite,
        boolean negated) {
}
