package dev.crossway.perf.directory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A Carequality (Sequoia R4) FHIR directory of {@code n} generated organizations, served on
 * 127.0.0.1 as {@code GET /fhir/Organization?_start=&_count=} with an {@code api-key} header.
 *
 * <p>Organization {@code i} is a pure function of {@code (seed, i)}: its position is a real ZIP
 * centroid of the continental US (read from the Census ZCTA table, {@code zip,lat,lon,city,state})
 * moved by up to about 3 miles, its name is "{Place} [{Feature}] {Kind}" from word lists (so a
 * place word matches 0.1-1% of the directory, see {@link #PLACES}), and it has the three Sequoia
 * endpoints (XCPD ITI-55, XCA ITI-38, XCA ITI-39) with purposes of use, an HCID identifier, a
 * type, an address with the OrgLocation extension, a contact and (for facilities) {@code partOf}.
 *
 * <p>Pages are rendered once and cached, and the page after the one served is rendered ahead on
 * a background thread, so a sync finds its next page ready and the generator is not what is
 * measured.
 */
public final class GeneratedDirectory implements AutoCloseable {

    public static final String OID_ROOT = "2.16.840.1.113883.3.8888.";
    private static final String SPHD = "https://sequoiaproject.org/fhir/sphd/";

    /**
     * Place words, the first word of every name. Weighted (the weight is the index's share, a
     * Zipf-like 1/(k+8)) so some are common and some rare; none is a substring of another word
     * used in names, streets or kinds.
     */
    static final String[] PLACES = {
        "Lakeview", "Cedar", "Riverside", "Maple", "Summit", "Harbor", "Meadow", "Granite", "Willow",
        "Aspen", "Sequoia", "Prairie", "Magnolia", "Juniper", "Cypress", "Hickory", "Sycamore", "Redwood",
        "Bayfront", "Clearwater", "Stonebridge", "Fairhaven", "Brookside", "Hillcrest", "Northgate",
        "Southpoint", "Eastwood", "Westbrook", "Pinecrest", "Oakridge", "Elmhurst", "Birchwood",
        "Silverlake", "Goldcrest", "Bluebonnet", "Sunflower", "Cottonwood", "Mesquite", "Saguaro",
        "Tamarack", "Hawthorn", "Linden", "Alder", "Chestnut", "Dogwood", "Laurel", "Mulberry",
        "Palmetto", "Tupelo", "Buckeye", "Evergreen", "Highland", "Lowland", "Canyon", "Mesa",
        "Bluff", "Glacier", "Tidewater", "Piedmont", "Ozark", "Appalachian", "Cascade", "Sierra",
        "Shoreline", "Keystone", "Heartland", "Frontier", "Pioneer", "Liberty", "Heritage",
        "Providence", "Covenant", "Trinity", "Mercy", "Beacon", "Compass", "Lantern", "Anchor",
        "Crescent", "Horizon", "Meridian", "Zenith", "Solstice", "Equinox", "Aurora", "Borealis",
        "Tributary", "Estuary", "Lagoon", "Marsh", "Fjord", "Delta", "Plateau", "Foothill",
        "Ridgeline", "Timberline", "Wildflower", "Bramble", "Thistle", "Heather", "Clover",
        "Bellflower", "Larkspur", "Foxglove", "Primrose", "Goldenrod", "Yarrow", "Sagebrush",
        "Kestrel", "Osprey", "Heron", "Egret", "Pelican", "Cardinal", "Oriole", "Bluejay", "Wren",
        "Sparrow", "Falcon", "Condor", "Raven", "Magpie", "Quail", "Pheasant",
    };
    static final String[] FEATURES = {
        "Valley", "Springs", "Creek", "Park", "Point", "Hills", "Grove", "Heights", "Crossing",
        "County", "Community", "Regional", "Family", "Memorial", "University", "Children's",
    };
    static final String[] KINDS = {
        "Clinic", "Medical Center", "Health Center", "Hospital", "Medical Group", "Pediatrics",
        "Family Medicine", "Internal Medicine", "Orthopedics", "Cardiology", "Women's Health",
        "Urgent Care", "Behavioral Health", "Rehabilitation", "Primary Care", "Health System",
        "Dermatology", "Oncology", "Surgery Center", "Physicians",
    };
    private static final String[] STREETS = {
        "Main", "Oak", "Pine", "First", "Second", "Third", "Washington", "Lincoln", "Jefferson", "Park",
        "Church", "Market", "Center", "Union", "Franklin", "Madison", "Elm", "High", "Spring", "State",
    };
    private static final String[] SUFFIXES = {"St", "Ave", "Blvd", "Rd", "Dr", "Pkwy", "Way"};
    private static final String[] TOWNS = {
        "Springfield", "Fairview", "Franklin", "Greenville", "Bristol", "Clinton", "Georgetown",
        "Salem", "Madison", "Arlington", "Ashland", "Dover", "Milton", "Newport", "Oxford",
    };
    private static final Set<String> NOT_CONTINENTAL = Set.of("AK", "HI", "PR", "VI", "GU", "AS", "MP");
    private static final double[] PLACE_CDF;

    static {
        double[] w = new double[PLACES.length];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += 1.0 / (k + 8);
            w[k] = sum;
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        PLACE_CDF = w;
    }

    /** A ZIP centroid of the continental US. */
    public record Zip(String zip, double lat, double lon, String state) {
    }

    private final int size;
    private final long seed;
    private final String apiKey;
    private final List<Zip> zips;
    private final HttpServer server;
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "page-render-ahead");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CompletableFuture<byte[]>> pages = new ConcurrentHashMap<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final AtomicLong bytesServed = new AtomicLong();
    private final AtomicLong renderNanos = new AtomicLong();

    public GeneratedDirectory(int size, long seed, String apiKey, List<Zip> zips, int port) throws IOException {
        this.size = size;
        this.seed = seed;
        this.apiKey = apiKey;
        this.zips = zips;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "directory-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/fhir/Organization", this::handle);
        server.start();
    }

    /** The continental-US rows of a {@code zip,lat,lon,city,state} file, read in place. */
    public static List<Zip> readZips(Path csv) throws IOException {
        List<Zip> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length < 5 || f[0].length() != 5) {
                    continue;
                }
                double lat = Double.parseDouble(f[1]);
                double lon = Double.parseDouble(f[2]);
                String state = f[4].trim().toUpperCase(Locale.ROOT);
                if (!NOT_CONTINENTAL.contains(state) && lat > 24 && lat < 50 && lon > -125 && lon < -66) {
                    out.add(new Zip(f[0], lat, lon, state));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no continental US ZIP centroids in " + csv);
        }
        return out;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    public int size() {
        return size;
    }

    public int pagesServed() {
        return pagesServed.get();
    }

    public long bytesServed() {
        return bytesServed.get();
    }

    public long renderMillis() {
        return renderNanos.get() / 1_000_000;
    }

    public static String oid(int i) {
        return OID_ROOT + (i + 1);
    }

    /** The searchable text of organization {@code i} (name and aliases, lower case), for counting matches. */
    public String searchText(int i) {
        Org o = org(i);
        return (o.name + " " + String.join(" ", o.aliases)).toLowerCase(Locale.ROOT);
    }

    public boolean active(int i) {
        return org(i).active;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!apiKey.equals(ex.getRequestHeaders().getFirst("api-key"))) {
                reply(ex, 401, "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"login\"}]}"
                        .getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            if (!"GET".equals(ex.getRequestMethod())) {
                reply(ex, 405, "{}".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            int start = Math.max(0, Integer.parseInt(q.getOrDefault("_start", "0")));
            int count = Math.max(1, Math.min(5000, Integer.parseInt(q.getOrDefault("_count", "100"))));
            byte[] body = page(start, count).join();
            if (start + count < size) {
                int next = start + count;
                pages.computeIfAbsent(key(next, count), k -> CompletableFuture.supplyAsync(() -> render(next, count), ahead));
            }
            pages.remove(key(start, count)); // a sync reads each page once; keep memory flat
            pagesServed.incrementAndGet();
            bytesServed.addAndGet(body.length);
            String enc = ex.getRequestHeaders().getFirst("Accept-Encoding");
            reply(ex, 200, body, enc != null && enc.contains("gzip"));
        } catch (RuntimeException e) {
            reply(ex, 500, ("{\"error\":\"" + e + "\"}").getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private CompletableFuture<byte[]> page(int start, int count) {
        return pages.computeIfAbsent(key(start, count), k -> CompletableFuture.completedFuture(render(start, count)));
    }

    private static long key(int start, int count) {
        return ((long) start << 32) | count;
    }

    byte[] render(int start, int count) {
        long t0 = System.nanoTime();
        StringBuilder b = new StringBuilder(count * 4200);
        b.append("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":").append(size).append(",\"link\":[")
                .append("{\"relation\":\"self\",\"url\":\"").append(baseUrl()).append("/Organization?_start=").append(start)
                .append("&_count=").append(count).append("\"}");
        if (start + count < size) {
            b.append(",{\"relation\":\"next\",\"url\":\"").append(baseUrl()).append("/Organization?_start=")
                    .append(start + count).append("&_count=").append(count).append("\"}");
        }
        b.append("],\"entry\":[");
        for (int i = start; i < Math.min(size, start + count); i++) {
            if (i > start) {
                b.append(',');
            }
            organization(b, org(i));
        }
        b.append("]}");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        renderNanos.addAndGet(System.nanoTime() - t0);
        return bytes;
    }

    /** Organization {@code i}'s generated facts. */
    private record Org(int i, String oid, String name, List<String> aliases, String type, boolean active, Zip zip,
                       double lat, double lon, String street, String town, String partOf, String phone,
                       String gateway, List<String> purposes, String updated) {
    }

    private Org org(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String place = PLACES[pick(PLACE_CDF, r.nextDouble())];
        String name = place + (r.nextInt(100) < 45 ? " " + FEATURES[r.nextInt(FEATURES.length)] : "")
                + " " + KINDS[r.nextInt(KINDS.length)];
        List<String> aliases = r.nextInt(100) < 15
                ? List.of(initials(name) + " " + (1 + r.nextInt(40))) : List.of();
        int t = r.nextInt(100);
        String type = t < 5 ? "Implementer" : t < 30 ? "Connection" : "Facility";
        boolean active = r.nextInt(100) >= 2;
        Zip z = zips.get(r.nextInt(zips.size()));
        // up to ~3 miles from the centroid
        double dLat = (r.nextDouble() - 0.5) * 0.08;
        double dLon = (r.nextDouble() - 0.5) * 0.08 / Math.cos(Math.toRadians(z.lat()));
        String street = (100 + r.nextInt(9900)) + " " + STREETS[r.nextInt(STREETS.length)] + " "
                + SUFFIXES[r.nextInt(SUFFIXES.length)];
        String town = TOWNS[r.nextInt(TOWNS.length)];
        // facilities belong to a connection or implementer among the 50 organizations before them
        String partOf = "Facility".equals(type) && i > 0 ? oid(Math.max(0, i - 1 - r.nextInt(Math.min(i, 50)))) : null;
        String phone = String.format(Locale.ROOT, "%03d-555-%04d", 200 + r.nextInt(800), r.nextInt(10000));
        String gateway = "https://gw" + (i % 997) + ".hie" + (i % 31) + ".example.org/" + oid(i);
        List<String> purposes = r.nextInt(100) < 70 ? List.of("TREATMENT", "PAYMENT", "OPERATIONS")
                : List.of("TREATMENT", "PAYMENT", "OPERATIONS", "REQUEST", "COVERAGE");
        String updated = String.format(Locale.ROOT, "2026-%02d-%02dT%02d:%02d:00Z",
                1 + r.nextInt(11), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60));
        return new Org(i, oid(i), name, aliases, type, active, z, z.lat() + dLat, z.lon() + dLon, street, town,
                partOf, phone, gateway, purposes, updated);
    }

    private static int pick(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                s.append(w.charAt(0));
            }
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private static void organization(StringBuilder b, Org o) {
        String hcid = "{\"use\":\"official\",\"type\":{\"coding\":[{\"system\":\"" + SPHD
                + "CodeSystem/SequoiaIdentifierCodes\",\"code\":\"HCID\"}]},\"system\":\"urn:ietf:rfc:3986\",\"value\":\"urn:oid:"
                + o.oid + "\"}";
        b.append("{\"fullUrl\":\"Organization/").append(o.oid).append("\",\"resource\":{\"resourceType\":\"Organization\",\"id\":\"")
                .append(o.oid).append("\",\"meta\":{\"lastUpdated\":\"").append(o.updated).append("\"},\"contained\":[")
                .append("{\"resourceType\":\"Location\",\"id\":\"loc\",\"position\":{\"latitude\":")
                .append(String.format(Locale.ROOT, "%.6f", o.lat)).append(",\"longitude\":")
                .append(String.format(Locale.ROOT, "%.6f", o.lon)).append("}}");
        endpoint(b, 0, "XCPD ITI-55", "ihe-xcpd", "Patient Discovery", o.gateway + "/xcpd", hcid, o.purposes);
        endpoint(b, 1, "XCA ITI-38", "ihe-xca", "Query for Documents", o.gateway + "/xca/query", hcid, o.purposes);
        endpoint(b, 2, "XCA ITI-39", "ihe-xca", "Retrieve Documents", o.gateway + "/xca/retrieve", hcid, o.purposes);
        b.append("],\"identifier\":[").append(hcid).append("],\"active\":").append(o.active)
                .append(",\"type\":[{\"coding\":[{\"system\":\"").append(SPHD).append("CodeSystem/OrganizationType\",\"code\":\"")
                .append(o.type).append("\"}]}],\"name\":\"").append(json(o.name)).append('"');
        if (!o.aliases.isEmpty()) {
            b.append(",\"alias\":[");
            for (int k = 0; k < o.aliases.size(); k++) {
                b.append(k > 0 ? "," : "").append('"').append(json(o.aliases.get(k))).append('"');
            }
            b.append(']');
        }
        b.append(",\"contact\":[{\"purpose\":{\"coding\":[{\"code\":\"ADMIN\"}]},\"name\":{\"text\":\"")
                .append(json(o.name)).append(" IT desk\"},\"telecom\":[{\"system\":\"phone\",\"value\":\"").append(o.phone)
                .append("\"}]}],\"address\":[{\"line\":[\"").append(o.street).append("\"],\"city\":\"").append(o.town)
                .append("\",\"state\":\"").append(o.zip.state()).append("\",\"postalCode\":\"").append(o.zip.zip())
                .append("\",\"country\":\"US\",\"extension\":[{\"url\":\"").append(SPHD)
                .append("StructureDefinition/OrgLocation\",\"valueReference\":{\"reference\":\"#loc\"}}]}]")
                .append(",\"endpoint\":[{\"reference\":\"#ep0\"},{\"reference\":\"#ep1\"},{\"reference\":\"#ep2\"}]");
        if (o.partOf != null) {
            b.append(",\"partOf\":{\"reference\":\"Organization/").append(o.partOf).append("\"}");
        }
        b.append("}}");
    }

    private static void endpoint(StringBuilder b, int n, String tx, String connection, String name, String url,
                                 String hcid, List<String> purposes) {
        b.append(",{\"resourceType\":\"Endpoint\",\"id\":\"ep").append(n).append("\",\"extension\":[{\"url\":\"")
                .append(SPHD).append("StructureDefinition/Transaction\",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"")
                .append(SPHD).append("CodeSystem/TransactionCodes\",\"code\":\"").append(tx).append("\"}]}},{\"url\":\"")
                .append(SPHD).append("StructureDefinition/Version\",\"valueString\":\"2.0\"},{\"url\":\"").append(SPHD)
                .append("StructureDefinition/PurposesOfUse\",\"valueCodeableConcept\":{\"coding\":[");
        for (int k = 0; k < purposes.size(); k++) {
            b.append(k > 0 ? "," : "").append("{\"system\":\"http://healthit.gov/nhin/purposeofuse\",\"code\":\"")
                    .append(purposes.get(k)).append("\"}");
        }
        b.append("]}}],\"identifier\":[").append(hcid).append("],\"status\":\"active\",\"connectionType\":{\"system\":")
                .append("\"http://terminology.hl7.org/CodeSystem/endpoint-connection-type\",\"code\":\"").append(connection)
                .append("\"},\"name\":\"").append(name).append("\",\"payloadType\":[{\"coding\":[{\"system\":")
                .append("\"urn:oid:1.3.6.1.4.1.19376.1.2.3\",\"code\":\"urn:ihe:pcc:xphr:2007\"}]}],\"address\":\"")
                .append(url).append("\"}");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    m.put(p.substring(0, eq), p.substring(eq + 1));
                }
            }
        }
        return m;
    }

    private static void reply(HttpExchange ex, int status, byte[] body, boolean gzip) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/fhir+json;charset=UTF-8");
        if (gzip) {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(status, 0);
            try (OutputStream out = new GZIPOutputStream(ex.getResponseBody(), 1 << 16)) {
                out.write(body);
            }
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ahead.shutdownNow();
    }

    /** Serves a directory until killed: {@code --zcta FILE [--n N] [--port P] [--api-key K] [--seed S]}. */
    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        try (GeneratedDirectory d = new GeneratedDirectory(a.integer("n", 100_000), a.longValue("seed", 42),
                a.string("api-key", "perf-directory-key"), readZips(Path.of(a.required("zcta"))), a.integer("port", 0))) {
            System.out.println("directory of " + d.size() + " organizations at " + d.baseUrl());
            Thread.currentThread().join();
        }
    }
}
