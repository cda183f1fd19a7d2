package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the grid's own cost at the benchmark's size, in this JVM and no server.
 * {@code mvn -o -pl ejb-directory test -Dtest=RadiusGridBench -Dcrossway.bench.zcta=$PWD/../shared/geo/zcta.csv} (from the checkout):
 * 100,000 active organizations placed as perf/directory's GeneratedDirectory places them (within
 * about 3 miles of continental-US ZIP centroids), the build, then 25-mile searches around random
 * centroids, with this thread's CPU time per search.
 */
@EnabledIfSystemProperty(named = "crossway.bench.zcta", matches = ".+")
class RadiusGridBench {

    @Test
    void buildAndSearch() throws IOException {
        List<double[]> zips = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("crossway.bench.zcta")))) {
            String[] f = line.split(",", -1);
            if (f.length < 5 || f[0].length() != 5 || f[0].equals("zip")) {
                continue;
            }
            double lat = Double.parseDouble(f[1]);
            double lon = Double.parseDouble(f[2]);
            if (lat > 24 && lat < 50 && lon > -125 && lon < -66) {
                zips.add(new double[] {lat, lon});
            }
        }
        int n = Integer.getInteger("crossway.bench.n", 100_000);
        Random r = new Random(42);
        List<RadiusGrid.Position> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] z = zips.get(r.nextInt(zips.size()));
            rows.add(new RadiusGrid.Position("2.16.840.1.113883.3.7777." + i, z[0] + (r.nextDouble() - 0.5) * 0.08,
                    z[1] + (r.nextDouble() - 0.5) * 0.08 / Math.cos(Math.toRadians(z[0])), 1));
        }
        var cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            RadiusGrid grid = RadiusGrid.of(rows);
            long build = System.nanoTime() - t0;
            int queries = 20_000;
            long hits = 0;
            int undecided = 0;
            long c0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int q = 0; q < queries; q++) {
                double[] z = zips.get(r.nextInt(zips.size()));
                RadiusGrid.Page p = grid.search(new GeoPoint(z[0], z[1]), 25, 0, 20);
                if (p == null) {
                    undecided++;
                } else {
                    hits += p.total();
                }
            }
            long wall = System.nanoTime() - w0;
            long used = cpu.getCurrentThreadCpuTime() - c0;
            System.out.printf("round %d: %,d organizations, build %.0f ms; %,d searches of 25 miles: %.1f us wall, %.1f us CPU each,"
                    + " %.0f matches each, %d left to SQL%n", round, grid.size(), build / 1e6, queries, wall / 1e3 / queries,
                    used / 1e3 / queries, (double) hits / (queries - undecided), undecided);
        }
    }
}
