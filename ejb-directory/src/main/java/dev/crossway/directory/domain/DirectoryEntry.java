package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One organization as the directory (or an administrator's form) describes it, before it is
 * merged into the stored {@link Organization}. Whatever generation of the directory it was read
 * from, it arrives here in one shape.
 */
public record DirectoryEntry(
        Oid homeCommunityId,
        String name,
        List<String> aliases,
        OrganizationType type,
        boolean active,
        Address address,
        GeoPoint position,
        Oid partOf,
        Oid managingOrganization,
        List<Contact> contacts,
        List<Endpoint> endpoints,
        Instant lastUpdated) {

    public DirectoryEntry {
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        address = address == null ? new Address(null, null, null, null, null) : address;
    }
}
