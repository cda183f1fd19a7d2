package dev.crossway.directory.domain;

/**
 * A position on the Earth in decimal degrees (WGS 84). Distances are great-circle miles by the
 * haversine formula on a sphere of radius {@value #EARTH_RADIUS_MILES} miles, which is what the
 * Carequality radius search means by "within N miles" (a road distance would need a router).
 */
public record GeoPoint(double latitude, double longitude) {

    public static final double EARTH_RADIUS_MILES = 3958.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** Great-circle distance to {@code other} in statute miles. */
    public double distanceMiles(GeoPoint other) {
        return distanceMiles(latitude, longitude, other.latitude, other.longitude);
    }

    /**
     * Great-circle miles from a centre to a point, without the objects: the in-memory radius
     * search calls it for every organization in the box. The operations and their order are those
     * of the radius SQL ({@code OrganizationSearchSql}), so both compute the same distance.
     */
    public static double distanceMiles(double centerLatitude, double centerLongitude, double latitude, double longitude) {
        double dLat = Math.toRadians(latitude - centerLatitude);
        double dLon = Math.toRadians(longitude - centerLongitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(centerLatitude)) * Math.cos(Math.toRadians(latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The latitude/longitude box that contains every point within {@code miles}; a cheap,
     * index-friendly pre-filter before the exact distance is computed.
     */
    public BoundingBox boxAround(double miles) {
        double dLat = Math.toDegrees(miles / EARTH_RADIUS_MILES);
        double cos = Math.cos(Math.toRadians(latitude));
        double dLon = cos < 1e-6 ? 180 : Math.min(180, Math.toDegrees(miles / (EARTH_RADIUS_MILES * cos)));
        return new BoundingBox(Math.max(-90, latitude - dLat), Math.min(90, latitude + dLat),
                longitude - dLon, longitude + dLon);
    }

    /** A latitude/longitude rectangle; the longitude bounds may pass ±180 near the date line. */
    public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
    }
}
