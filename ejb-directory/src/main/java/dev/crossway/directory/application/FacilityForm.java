package dev.crossway.directory.application;

import java.util.List;

/**
 * An own facility as an administrator enters it.
 *
 * @param oid       home community id, with or without {@code urn:oid:} (ignored by update: the path names it)
 * @param type      {@code Implementer}, {@code Connection} or {@code Facility} (case-insensitive); null means Facility
 * @param latitude  with {@code longitude}; when null the ZIP centroid is used
 * @param partOf    parent's home community id or null
 */
public record FacilityForm(
        String oid,
        String name,
        List<String> aliases,
        String type,
        String street,
        String city,
        String state,
        String zip,
        String country,
        Double latitude,
        Double longitude,
        String partOf,
        List<EndpointView> endpoints,
        List<ContactView> contacts) {
}
