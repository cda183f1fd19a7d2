package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.ZipCentroids;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipLocation;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.infrastructure.geo.ZipCsvReader;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/** The ZIP centroid table; a load is one transaction of batched multi-row upserts. */
@Stateless
public class DefaultZipCentroids implements ZipCentroids {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(DefaultZipCentroids.class.getName());

    @Inject
    ZipCentroidRepository zips;

    @Override
    public int load(Path csv) {
        try (InputStream in = Files.newInputStream(csv)) {
            return load(in);
        } catch (IOException e) {
            throw new DirectoryValidationException(DirectoryField.ZIP_CENTROID_FILE, "cannot read " + csv + ": " + e.getMessage());
        }
    }

    @Override
    public int load(InputStream csv) {
        try {
            ZipCsvReader.Result r = new ZipCsvReader(BATCH).read(csv, zips::upsert);
            LOG.info("ZIP centroids loaded: " + r.rows() + " rows, " + r.rejected() + " rejected");
            return r.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<GeoPoint> locate(String zip) {
        return ZipCentroid.normalize(zip).flatMap(zips::locate).map(ZipLocation::point);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return zips.count();
    }
}
