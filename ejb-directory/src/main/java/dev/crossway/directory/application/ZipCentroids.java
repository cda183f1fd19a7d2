package dev.crossway.directory.application;

import dev.crossway.directory.domain.GeoPoint;
import jakarta.ejb.Local;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** The ZIP centroid table ({@code zip,lat,lon,city,state}, as the Census ZCTA gazetteer gives it). */
@Local
public interface ZipCentroids {

    /** Loads (upserts) a CSV file; returns the rows stored. Bad rows are skipped and counted in the log. */
    int load(Path csv);

    int load(InputStream csv);

    /** The centroid of a 5-digit ZIP or ZIP+4. */
    Optional<GeoPoint> locate(String zip);

    long count();
}
