package dev.crossway.directory.application;

/**
 * Search criteria; every part is optional.
 *
 * @param name          case-insensitive substring of the name or of an alias
 * @param identifier    home community id, with or without {@code urn:oid:}
 * @param transaction   {@code "XCPD ITI-55"}, {@code "XCA ITI-38"} or {@code "XCA ITI-39"}
 * @param active        null or true: active only; false: inactive only
 * @param radiusMiles   with {@code radiusZip} or {@code latitude}/{@code longitude}: a radius search
 * @param count         page size, default {@value #DEFAULT_COUNT}, at most {@value #MAX_COUNT}
 */
public record OrganizationSearch(
        String name,
        String identifier,
        String city,
        String state,
        String zip,
        String transaction,
        String purposeOfUse,
        Boolean active,
        Double radiusMiles,
        String radiusZip,
        Double latitude,
        Double longitude,
        int offset,
        int count) {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 200;

    /** Everything active, first page. */
    public static OrganizationSearch all() {
        return new OrganizationSearch(null, null, null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_COUNT);
    }

    /** The page size actually used: {@code count} bounded to 1..{@value #MAX_COUNT}, 0 meaning the default. */
    public int effectiveCount() {
        return count <= 0 ? DEFAULT_COUNT : Math.min(count, MAX_COUNT);
    }
}
