import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The radius query's SQL alone, before and after migration V6 (ix_org_radius on lat_band), on the
 * same generated table in one run: no WildFly, no Keycloak, so it can be run on a busy machine and
 * what it reports is what the index changes. A single-file program:
 *
 * <pre>
 * java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.5.0/mysql-connector-j-9.5.0.jar \
 *   perf/directory/sql/RadiusSqlBench.java "jdbc:mysql://127.0.0.1:3306/crossway_perf_dirsql?user=root" \
 *   ../shared/geo/zcta.csv 100000 1000
 * </pre>
 *
 * It (re)creates table {@code organization} in the named database with the columns of V1 that
 * the query and the row size depend on, fills it with N organizations placed as
 * {@code perf/directory}'s GeneratedDirectory places them (within ~3 miles of continental-US ZIP
 * centroids, 98% active), then times Q radius queries of 25 miles around random ZIPs: the count
 * and the page of 20 ids ordered by distance, as {@code OrganizationSearchSql} writes them, first
 * without the band condition on the V1 indexes, then after V6's ALTER with it. Both passes must
 * give the same counts and pages (checked). Reported per query: latency percentiles, the session's
 * handler reads (exact, whatever else runs; index entries that index condition pushdown skips
 * inside InnoDB are not counted, EXPLAIN's row estimate shows those), and mariadbd's CPU from /proc
 * when its pid is given as the fifth argument (shared with anyone else using that server).
 */
public class RadiusSqlBench {

    static final double EARTH_RADIUS_MILES = 3958.8;
    static final double MILES = 25;

    record Zip(double lat, double lon) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<Zip> zips = zips(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        int queries = Integer.parseInt(args[3]);
        String mariadbPid = args.length > 4 ? args[4] : null;
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true")) {
            create(c);
            fill(c, zips, n);
            List<Zip> centres = new ArrayList<>();
            SplittableRandom r = new SplittableRandom(42);
            for (int i = 0; i < queries + 200; i++) {
                centres.add(zips.get(r.nextInt(zips.size())));
            }
            System.out.printf(Locale.ROOT, "%,d organizations, %,d queries of %s miles (after 200 warm-up queries); load average %s%n",
                    n, queries, MILES, loadAverage());
            Map<Integer, String> before = pass(c, centres, false, mariadbPid, "V1 indexes (ix_org_position)");
            long t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("alter table organization add column lat_band smallint as (floor(latitude * 4)) stored,"
                        + " add key ix_org_radius (lat_band, longitude, latitude, active)");
                s.execute("analyze table organization");
            }
            System.out.printf(Locale.ROOT, "V6 applied in %.1f s%n", (System.nanoTime() - t) / 1e9);
            Map<Integer, String> after = pass(c, centres, true, mariadbPid, "V6 (ix_org_radius, lat_band in (...))");
            int differ = 0;
            for (var e : before.entrySet()) {
                if (!e.getValue().equals(after.get(e.getKey()))) {
                    differ++;
                }
            }
            System.out.printf(Locale.ROOT, "answers that differ between the two: %d of %d; load average %s%n", differ, before.size(),
                    loadAverage());
            try (Statement s = c.createStatement()) {
                Zip z = centres.get(0);
                for (boolean band : new boolean[] {false, true}) {
                    try (ResultSet rs = s.executeQuery("explain select count(*) from organization o" + where(z, band))) {
                        while (rs.next()) {
                            System.out.printf("explain (%s): key=%s rows=%s extra=%s%n", band ? "V6" : "V1",
                                    rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
                        }
                    }
                }
            }
        }
    }

    static Map<Integer, String> pass(Connection c, List<Zip> centres, boolean band, String pid, String label) throws SQLException {
        Map<Integer, String> answers = new HashMap<>();
        long[] nanos = new long[centres.size() - 200];
        long[] statusBefore = null;
        long cpuBefore = 0;
        long hits = 0;
        for (int i = 0; i < centres.size(); i++) {
            if (i == 200) {
                statusBefore = status(c);
                cpuBefore = cpuTicks(pid);
            }
            Zip z = centres.get(i);
            long t = System.nanoTime();
            String where = where(z, band);
            long count;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from organization o" + where)) {
                rs.next();
                count = rs.getLong(1);
            }
            StringBuilder page = new StringBuilder().append(count).append(':');
            if (count > 0) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select o.oid, " + distance(z) + " as d from organization o"
                        + where + " order by d, o.oid limit 20 offset 0")) {
                    while (rs.next()) {
                        page.append(rs.getString(1)).append(',');
                    }
                }
            }
            if (i >= 200) {
                nanos[i - 200] = System.nanoTime() - t;
                answers.put(i, page.toString());
                hits += count;
            }
        }
        long[] statusAfter = status(c);
        long cpu = cpuTicks(pid) - cpuBefore;
        int q = nanos.length;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; per query (count + page): "
                        + "handler reads %.0f (key %.1f, next %.0f), hits %.0f%s%n", label,
                nanos[q / 2] / 1e6, nanos[q * 9 / 10] / 1e6, nanos[q * 99 / 100] / 1e6, nanos[q - 1] / 1e6,
                (statusAfter[1] + statusAfter[2] - statusBefore[1] - statusBefore[2]) / (double) q,
                (statusAfter[1] - statusBefore[1]) / (double) q, (statusAfter[2] - statusBefore[2]) / (double) q,
                hits / (double) q,
                pid == null ? "" : String.format(Locale.ROOT, ", mariadbd CPU %.2f ms (shared server)", cpu * 10.0 / q));
        return answers;
    }

    /** As OrganizationSearchSql writes it for an active-organizations radius search (numbers inlined here). */
    static String where(Zip z, boolean band) {
        double dLat = Math.toDegrees(MILES / EARTH_RADIUS_MILES);
        double cos = Math.cos(Math.toRadians(z.lat()));
        double dLon = cos < 1e-6 ? 180 : Math.min(180, Math.toDegrees(MILES / (EARTH_RADIUS_MILES * cos)));
        double minLat = Math.max(-90, z.lat() - dLat);
        double maxLat = Math.min(90, z.lat() + dLat);
        StringBuilder w = new StringBuilder(" where 1=1 and o.active = 1");
        if (band) {
            w.append(" and o.lat_band in (");
            for (long b = (long) Math.floor(minLat * 4); b <= (long) Math.floor(maxLat * 4); b++) {
                w.append(b == (long) Math.floor(minLat * 4) ? "" : ",").append(b);
            }
            w.append(')');
        }
        w.append(" and o.latitude between ").append(minLat).append(" and ").append(maxLat);
        w.append(" and o.longitude between ").append(z.lon() - dLon).append(" and ").append(z.lon() + dLon);
        w.append(" and ").append(distance(z)).append(" <= ").append(MILES);
        return w.toString();
    }

    static String distance(Zip z) {
        String lat = Double.toString(z.lat());
        String lon = Double.toString(z.lon());
        return "(" + (2 * EARTH_RADIUS_MILES) + " * asin(least(1, sqrt("
                + "power(sin(radians(o.latitude - " + lat + ") / 2), 2)"
                + " + cos(radians(" + lat + ")) * cos(radians(o.latitude))"
                + " * power(sin(radians(o.longitude - " + lon + ") / 2), 2)))))";
    }

    static long[] status(Connection c) throws SQLException {
        long[] v = new long[3];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show session status where variable_name in"
                + " ('Innodb_rows_read', 'Handler_read_key', 'Handler_read_next')")) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "Innodb_rows_read" -> v[0] = rs.getLong(2);
                    case "Handler_read_key" -> v[1] = rs.getLong(2);
                    default -> v[2] = rs.getLong(2);
                }
            }
        }
        return v;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    static long cpuTicks(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists organization");
            s.execute("""
                    create table organization (
                        oid varchar(64) not null, source varchar(20) not null, active boolean not null,
                        name varchar(255) not null, search_text varchar(2000) not null, type_code varchar(40),
                        street varchar(255), city varchar(100), state varchar(40), zip varchar(20), country varchar(40),
                        latitude double, longitude double, part_of varchar(64), managing_org varchar(64),
                        last_updated datetime(6) not null, last_seen_run varchar(36),
                        primary key (oid), key ix_org_active_name (active, name), key ix_org_position (latitude, longitude),
                        key ix_org_state_city (state, city), key ix_org_zip (zip)
                    ) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci""");
        }
    }

    static void fill(Connection c, List<Zip> zips, int n) throws SQLException {
        long t = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("insert into organization (oid, source, active, name, search_text, type_code,"
                + " street, city, state, zip, country, latitude, longitude, last_updated) values (?,?,?,?,?,?,?,?,?,?,?,?,?,now(6))")) {
            for (int i = 0; i < n; i++) {
                SplittableRandom r = new SplittableRandom(7 * 0x9E3779B97F4A7C15L + i);
                Zip z = zips.get(r.nextInt(zips.size()));
                double lat = z.lat() + (r.nextDouble() - 0.5) * 0.08;
                double lon = z.lon() + (r.nextDouble() - 0.5) * 0.08 / Math.cos(Math.toRadians(z.lat()));
                String name = "Organization " + i + " Community Health Center";
                p.setString(1, "2.16.840.1.113883.3.7204.1." + i);
                p.setString(2, "carequality");
                p.setBoolean(3, r.nextInt(100) >= 2);
                p.setString(4, name);
                p.setString(5, (name + " | " + "ORG " + i + " | 1200 Main Street Suite 100").toLowerCase(Locale.ROOT));
                p.setString(6, "Facility");
                p.setString(7, (100 + r.nextInt(9900)) + " Main Street");
                p.setString(8, "Springfield");
                p.setString(9, "IL");
                p.setString(10, String.format(Locale.ROOT, "%05d", r.nextInt(100000)));
                p.setString(11, "US");
                p.setDouble(12, lat);
                p.setDouble(13, lon);
                p.addBatch();
                if (i % 1000 == 999) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze table organization");
        }
        System.out.printf(Locale.ROOT, "filled %,d rows in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
    }

    static List<Zip> zips(Path csv) throws Exception {
        List<Zip> zips = new ArrayList<>();
        Map<String, Boolean> notContinental = Map.of("AK", true, "HI", true, "PR", true, "VI", true, "GU", true, "AS", true, "MP", true);
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                double lat = Double.parseDouble(f[1]);
                double lon = Double.parseDouble(f[2]);
                if (!notContinental.containsKey(f[4]) && lat > 24 && lat < 50 && lon > -125 && lon < -66) {
                    zips.add(new Zip(lat, lon));
                }
            }
        }
        return zips;
    }
}
