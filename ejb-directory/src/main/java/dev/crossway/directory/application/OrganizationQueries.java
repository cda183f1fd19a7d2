package dev.crossway.directory.application;

import dev.crossway.interop.id.Oid;
import jakarta.ejb.Local;
import java.util.Optional;

/** Finding organizations in the directory. */
@Local
public interface OrganizationQueries {

    /**
     * One page of organizations matching {@code criteria}: by distance when a radius is given,
     * otherwise by name.
     *
     * @throws DirectoryValidationException for an unknown radius ZIP or malformed criteria
     */
    OrganizationPage search(OrganizationSearch criteria);

    /** One organization by home community id, with or without {@code urn:oid:}; empty when unknown or malformed. */
    Optional<OrganizationView> find(Oid oid);
}
