package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The positions of the active organizations, in memory, for the plain radius search ("active
 * organizations within N miles", ordered by distance): the same answer as the radius SQL of
 * {@link OrganizationSearchSql} without a statement. Rows are grouped by the quarter-degree
 * latitude band of migration V6 and sorted by longitude inside it, so a 25-mile search looks at
 * the box's longitude slice of three or four bands (a few hundred positions) and computes the
 * haversine only for those.
 *
 * <p>Immutable: a change to the directory builds a new one ({@link RadiusGrids}). The conditions
 * are those of the SQL, in the same order: latitude and longitude inside the box of
 * {@link GeoPoint#boxAround} (inclusive, wrapped at ±180), then the distance by
 * {@link GeoPoint#distanceMiles(double, double, double, double)} at most the radius; ties in distance
 * are ordered by OID, as {@code order by d, o.oid} does (OIDs are digits and dots, for which the
 * column's collation and {@link String#compareTo} agree).
 */
final class RadiusGrid {

    /** One active organization with a position. */
    record Position(String oid, double latitude, double longitude, long version) {
    }

    /** An organization found, with its distance. */
    record Hit(String oid, double latitude, double longitude, long version, double distanceMiles) {
    }

    /** One page of a radius search, and how many matched in all. */
    record Page(List<Hit> hits, long total) {
    }

    private static final int BANDS_PER_DEGREE = OrganizationSearchSql.BANDS_PER_DEGREE;
    private static final int MIN_BAND = -90 * BANDS_PER_DEGREE;
    private static final int MAX_BAND = 90 * BANDS_PER_DEGREE;
    /**
     * Java's and MariaDB's sine and cosine may differ in the last bit, so two distances computed
     * for the same row may differ by about 1e-12 miles. Where that could change the answer (a row
     * this close to the radius, two rows this close in distance but not equal, a distance this
     * close to a rounding step of the hundredths the API shows) the grid does not answer: the SQL
     * does, so the answer is always the SQL's.
     */
    static final double UNDECIDED_MILES = 1e-9;
    private static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::distanceMiles).thenComparing(Hit::oid);

    private final String[] oids;
    private final double[] latitudes;
    private final double[] longitudes;
    private final long[] versions;
    /** Band b's rows are [bandStart[b - MIN_BAND], bandStart[b - MIN_BAND + 1]). */
    private final int[] bandStart;

    private RadiusGrid(String[] oids, double[] latitudes, double[] longitudes, long[] versions, int[] bandStart) {
        this.oids = oids;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.versions = versions;
        this.bandStart = bandStart;
    }

    static RadiusGrid of(List<Position> positions) {
        // GeoPoint keeps stored positions in range; a row outside it could not be found by a search either
        Position[] sorted = positions.stream()
                .filter(p -> p.latitude() >= -90 && p.latitude() <= 90 && p.longitude() >= -180 && p.longitude() <= 180)
                .toArray(Position[]::new);
        Arrays.sort(sorted, Comparator.comparingInt((Position p) -> band(p.latitude())).thenComparingDouble(Position::longitude));
        int n = sorted.length;
        String[] oids = new String[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        long[] version = new long[n];
        int[] start = new int[MAX_BAND - MIN_BAND + 2];
        int row = 0;
        for (int b = MIN_BAND; b <= MAX_BAND + 1; b++) {
            start[b - MIN_BAND] = row;
            while (row < n && band(sorted[row].latitude()) == b) {
                oids[row] = sorted[row].oid();
                lat[row] = sorted[row].latitude();
                lon[row] = sorted[row].longitude();
                version[row] = sorted[row].version();
                row++;
            }
        }
        return new RadiusGrid(oids, lat, lon, version, start);
    }

    int size() {
        return oids.length;
    }

    /**
     * Active organizations within {@code miles} of {@code center}, by distance then OID; {@code count}
     * from {@code offset}. Null when the answer hangs on the last bits of a distance (see
     * {@link #UNDECIDED_MILES}): then the SQL must decide.
     */
    Page search(GeoPoint center, double miles, int offset, int count) {
        GeoPoint.BoundingBox box = center.boxAround(miles);
        List<Hit> found = new ArrayList<>();
        boolean nearBoundary = false;
        int from = Math.max(MIN_BAND, band(box.minLatitude()));
        int to = Math.min(MAX_BAND, band(box.maxLatitude()));
        for (int b = from; b <= to; b++) {
            int lo = bandStart[b - MIN_BAND];
            int hi = bandStart[b - MIN_BAND + 1];
            if (box.minLongitude() + 360 <= box.maxLongitude()) {
                // near a pole the box goes all the way round: the SQL's two ranges overlap, count each row once
                nearBoundary |= collect(lo, hi, -180, 180, box, center, miles, found);
            } else if (box.minLongitude() < -180) {
                nearBoundary |= collect(lo, hi, box.minLongitude() + 360, 180, box, center, miles, found);
                nearBoundary |= collect(lo, hi, -180, box.maxLongitude(), box, center, miles, found);
            } else if (box.maxLongitude() > 180) {
                nearBoundary |= collect(lo, hi, box.minLongitude(), 180, box, center, miles, found);
                nearBoundary |= collect(lo, hi, -180, box.maxLongitude() - 360, box, center, miles, found);
            } else {
                nearBoundary |= collect(lo, hi, box.minLongitude(), box.maxLongitude(), box, center, miles, found);
            }
        }
        if (nearBoundary) {
            return null;
        }
        found.sort(ORDER);
        int end = (int) Math.min(found.size(), (long) offset + count);
        for (int i = 1; i < Math.min(found.size(), end + 1); i++) {
            double gap = found.get(i).distanceMiles() - found.get(i - 1).distanceMiles();
            if (gap > 0 && gap < UNDECIDED_MILES) {
                return null;
            }
        }
        for (int i = offset; i < end; i++) {
            double hundredths = found.get(i).distanceMiles() * 100;
            if (Math.abs(hundredths - Math.floor(hundredths) - 0.5) < UNDECIDED_MILES * 100) {
                return null;
            }
        }
        return new Page(offset >= end ? List.of() : List.copyOf(found.subList(offset, end)), found.size());
    }

    /**
     * Adds rows [lo, hi) with longitude in [minLon, maxLon] (inclusive), latitude in the box and
     * within the radius; true when one of them is within {@link #UNDECIDED_MILES} of the radius.
     */
    private boolean collect(int lo, int hi, double minLon, double maxLon, GeoPoint.BoundingBox box, GeoPoint c, double miles,
            List<Hit> found) {
        boolean nearBoundary = false;
        for (int i = firstAtLeast(lo, hi, minLon); i < hi && longitudes[i] <= maxLon; i++) {
            double lat = latitudes[i];
            if (lat >= box.minLatitude() && lat <= box.maxLatitude()) {
                double d = GeoPoint.distanceMiles(c.latitude(), c.longitude(), lat, longitudes[i]);
                if (Math.abs(d - miles) < UNDECIDED_MILES) {
                    nearBoundary = true;
                }
                if (d <= miles) {
                    found.add(new Hit(oids[i], lat, longitudes[i], versions[i], d));
                }
            }
        }
        return nearBoundary;
    }

    private int firstAtLeast(int lo, int hi, double lon) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (longitudes[mid] < lon) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The V6 band of a latitude: {@code floor(latitude * 4)}. */
    private static int band(double latitude) {
        return (int) Math.floor(latitude * BANDS_PER_DEGREE);
    }
}
