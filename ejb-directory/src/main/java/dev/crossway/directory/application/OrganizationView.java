package dev.crossway.directory.application;

import java.time.Instant;
import java.util.List;

/**
 * An organization as the web layer sees it.
 *
 * @param type           {@code "Implementer"}, {@code "Connection"}, {@code "Facility"}, or null when the directory gave none
 * @param distanceMiles  great-circle miles from the search centre, only on radius searches
 * @param partOf         parent's home community id (dotted form) or null
 */
public record OrganizationView(
        String oid,
        String name,
        List<String> aliases,
        String type,
        boolean active,
        boolean own,
        AddressView address,
        Double latitude,
        Double longitude,
        Double distanceMiles,
        String partOf,
        String managingOrganization,
        List<ContactView> contacts,
        List<EndpointView> endpoints,
        Instant lastUpdated) {

    /** The same organization at {@code miles} (rounded to hundredths) from a search centre. */
    public OrganizationView withDistance(double miles) {
        return new OrganizationView(oid, name, aliases, type, active, own, address, latitude, longitude,
                Math.round(miles * 100.0) / 100.0, partOf, managingOrganization, contacts, endpoints, lastUpdated);
    }
}
