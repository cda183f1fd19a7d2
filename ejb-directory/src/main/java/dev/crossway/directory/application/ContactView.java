package dev.crossway.directory.application;

/** A contact person or desk of an organization. */
public record ContactView(String name, String purpose, String email, String phone) {
}
