package dev.crossway.directory.infrastructure.geo;

import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.ZipCentroid;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams a {@code zip,lat,lon,city,state} CSV in batches, without holding the file in memory.
 * The header is optional; city and state may be empty; a row that does not parse (bad ZIP,
 * coordinates out of range, too few columns) is counted and skipped, never fatal.
 */
public final class ZipCsvReader {

    /** What a read did. */
    public record Result(int rows, int rejected) {
    }

    private final int batchSize;

    public ZipCsvReader(int batchSize) {
        this.batchSize = batchSize;
    }

    public Result read(InputStream in, Consumer<List<ZipCentroid>> batches) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<ZipCentroid> batch = new ArrayList<>(batchSize);
        int rows = 0;
        int rejected = 0;
        String line;
        boolean first = true;
        while ((line = r.readLine()) != null) {
            if (first) {
                first = false;
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("zip")) {
                    continue;
                }
            }
            if (line.isBlank()) {
                continue;
            }
            Optional<ZipCentroid> z = parse(line);
            if (z.isEmpty()) {
                rejected++;
                continue;
            }
            batch.add(z.get());
            rows++;
            if (batch.size() == batchSize) {
                batches.accept(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
        return new Result(rows, rejected);
    }

    /** One row, or empty when it is not a valid centroid. */
    public static Optional<ZipCentroid> parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length < 3) {
            return Optional.empty();
        }
        try {
            String zip = f[0].trim().replace("\"", "");
            if (!zip.matches("\\d{5}")) {
                return Optional.empty();
            }
            GeoPoint p = new GeoPoint(Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim()));
            String city = f.length > 3 ? f[3].trim().replace("\"", "") : null;
            String state = f.length > 4 ? f[4].trim().replace("\"", "") : null;
            if (state != null && state.length() > 2) {
                return Optional.empty();
            }
            return Optional.of(new ZipCentroid(zip, p, city, state));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
