package dev.crossway.directory.support;

import dev.crossway.directory.infrastructure.geo.ZipCsvReader;
import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import dev.crossway.directory.infrastructure.persistence.JpaZipCentroidRepository;
import dev.crossway.testsupport.MigratedDatabase;
import dev.crossway.testsupport.Shared;
import dev.crossway.testsupport.TestMariaDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The directory's test database {@code crossway_dirtest} (or {@code crossway.test.db.name}) on the
 * test MariaDB: recreated once per test JVM, migrated by the directory's Flyway scripts, mapped by
 * persistence unit {@code directory-test}. Tests clear the tables they use with {@link #clear()}.
 */
public final class TestDatabase {

    public static final MigratedDatabase DB = new MigratedDatabase(
            TestMariaDb.name("crossway_dirtest"), "directory-test", DirectoryMigrations::migrate);

    private static boolean zipsLoaded;

    private TestDatabase() {
    }

    /** Loads ../shared/geo/zcta.csv into zip_centroid once per JVM (the real Census centroids). */
    public static synchronized void ensureZipCentroids() {
        if (zipsLoaded) {
            return;
        }
        DB.execute(em -> {
            var repo = new JpaZipCentroidRepository(em);
            try (InputStream in = Files.newInputStream(Shared.path("geo/zcta.csv"))) {
                new ZipCsvReader(500).read(in, repo::upsert);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        zipsLoaded = true;
    }

    /** Empties every directory table except the ZIP centroids. */
    public static void clear() {
        DB.deleteFrom("organization_alias", "organization_contact", "organization_endpoint",
                "organization", "sync_run_error", "sync_run", "directory_audit_event");
    }
}
