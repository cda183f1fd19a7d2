package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.ZipCentroids;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/** Fills an empty ZIP centroid table at start from the file named by {@code crossway.geo.zcta}. */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ZipCentroidStartup {

    private static final Logger LOG = Logger.getLogger(ZipCentroidStartup.class.getName());

    @EJB
    ZipCentroids zipCentroids;

    @PostConstruct
    void loadIfEmpty() {
        DirectorySettings.zctaFile().map(Path::of).ifPresent(file -> {
            if (!Files.isReadable(file)) {
                LOG.warning("ZIP centroid file not readable: " + file);
            } else if (zipCentroids.count() == 0) {
                LOG.info("loading ZIP centroids from " + file);
                zipCentroids.load(file);
            }
        });
    }
}
