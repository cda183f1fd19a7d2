package dev.crossway.directory.domain;

/** Who maintains an organization's record: the network directory, or this installation. */
public enum OrganizationSource {
    DIRECTORY, OWN
}
