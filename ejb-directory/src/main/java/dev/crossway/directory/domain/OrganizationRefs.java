package dev.crossway.directory.domain;

import java.util.List;

/**
 * One page of a directory search by reference, in result order, and how many matched in all: the
 * organizations by home community id and the version they had when found, so that a copy of that
 * version can stand in for loading them.
 */
public record OrganizationRefs(List<Ref> refs, long total) {

    /** An organization found at {@code version}, {@code distanceMiles} from the search centre. */
    public record Ref(String oid, long version, double distanceMiles) {
    }
}
