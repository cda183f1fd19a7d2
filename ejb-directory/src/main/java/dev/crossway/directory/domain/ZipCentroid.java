package dev.crossway.directory.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The representative point of a US ZIP code (the Census ZCTA internal point), used to place an
 * address on the map when the directory gives no coordinates and to centre a radius search.
 * Read-mostly reference data, so it lives in the second-level cache.
 */
@Entity
@Cacheable
@Table(name = "zip_centroid")
public class ZipCentroid {

    @Id
    @Column(name = "zip", length = 5)
    private String zip;
    @Column(name = "latitude", nullable = false)
    private double latitude;
    @Column(name = "longitude", nullable = false)
    private double longitude;
    @Column(name = "city", length = 100)
    private String city;
    @Column(name = "state", length = 2)
    private String state;

    protected ZipCentroid() {
    }

    public ZipCentroid(String zip, GeoPoint point, String city, String state) {
        this.zip = normalize(zip).orElseThrow(() -> new IllegalArgumentException("not a ZIP: " + zip));
        this.latitude = point.latitude();
        this.longitude = point.longitude();
        this.city = city == null || city.isBlank() ? null : city.trim();
        this.state = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
    }

    /** The 5-digit form of a ZIP or ZIP+4 ({@code 12345-6789}, {@code 123456789}); empty if it is neither. */
    public static Optional<String> normalize(String zip) {
        if (zip == null) {
            return Optional.empty();
        }
        String z = zip.trim();
        if (z.matches("\\d{5}(-?\\d{4})?")) {
            return Optional.of(z.substring(0, 5));
        }
        return Optional.empty();
    }

    public String zip() { return zip; }
    public GeoPoint point() { return new GeoPoint(latitude, longitude); }
    public String city() { return city; }
    public String state() { return state; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZipCentroid z && Objects.equals(zip, z.zip);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(zip);
    }
}
