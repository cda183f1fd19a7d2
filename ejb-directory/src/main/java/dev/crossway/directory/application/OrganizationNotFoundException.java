package dev.crossway.directory.application;

import jakarta.ejb.ApplicationException;

/** The organization named does not exist (the web layer answers 404). */
@ApplicationException(rollback = true)
public class OrganizationNotFoundException extends DirectoryValidationException {

    private static final long serialVersionUID = 1L;

    public OrganizationNotFoundException(String oid) {
        super(DirectoryField.ORGANIZATION_OID, "unknown organization " + oid);
    }
}
