package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.interop.config.Setting;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This node's {@link RadiusGrid}, and when it may answer. It is tagged with the
 * {@link DirectoryGeneration} token read before its rows were; it answers only while the token is
 * unchanged, so a write committed on any node (which advances the token after its commit,
 * {@link #announceChanges()}) sends the next search on every node back to SQL until a new grid is
 * built. Builds run in the background, one at a time and at most one per
 * {@link #MIN_BUILD_INTERVAL} (a sync changes the directory page by page: SQL answers meanwhile).
 * A grid older than {@code crossway.directory.radius-grid.max-age} (default 1 minute) is rebuilt
 * even without a new token, so a signal lost with a node that died between its commit and the
 * announcement cannot keep a grid stale for longer. {@code crossway.directory.radius-grid=false}
 * turns the grid off (SQL answers every search).
 *
 * <p>Each build also reads the ZIP centroid table (about 33,000 rows) into a map of this node, so
 * that a radius search centred on a ZIP finds its centre without an EntityManager
 * ({@link #zipCentroids()}); a load of a new file announces itself like a write of organizations
 * ({@code JpaZipCentroidRepository.upsert}), so the map is as current as the grid.
 */
@ApplicationScoped
public class RadiusGrids {

    static final Duration MIN_BUILD_INTERVAL = Duration.ofSeconds(2);
    private long minBuildIntervalNanos = MIN_BUILD_INTERVAL.toNanos();
    private static final Logger LOG = Logger.getLogger(RadiusGrids.class.getName());
    private static final String LOAD = "select oid, latitude, longitude, version from organization"
            + " where active = 1 and latitude is not null and longitude is not null";
    private static final String LOAD_ZIPS = "select zip, latitude, longitude from zip_centroid";

    /** {@code zips} null when this grid was built without them (tests that give only positions). */
    private record Snapshot(String token, RadiusGrid grid, Map<String, GeoPoint> zips, long builtAt) {
    }

    @Inject
    DirectoryGeneration generation;
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private Supplier<List<RadiusGrid.Position>> loader;
    private Supplier<Map<String, GeoPoint>> zipLoader;
    private Executor builder;
    private final boolean enabled = !"false".equalsIgnoreCase(Setting.value("crossway.directory.radius-grid", "true"));
    private final long maxAgeNanos = Setting.duration("crossway.directory.radius-grid.max-age", Duration.ofMinutes(1)).toNanos();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Snapshot current;
    private volatile long lastBuildStart = System.nanoTime() - MIN_BUILD_INTERVAL.toNanos() - 1;

    protected RadiusGrids() {
    }

    /**
     * Outside the container: {@code loader} reads the positions, {@code builder} runs the builds, no
     * sooner than {@code minBuildInterval} after each other.
     */
    public RadiusGrids(DirectoryGeneration generation, Supplier<List<RadiusGrid.Position>> loader, Executor builder,
            Duration minBuildInterval) {
        this(generation, loader, null, builder, minBuildInterval);
    }

    /** As above, and {@code zipLoader} reads the ZIP centroids (null: none held, the table answers). */
    public RadiusGrids(DirectoryGeneration generation, Supplier<List<RadiusGrid.Position>> loader,
            Supplier<Map<String, GeoPoint>> zipLoader, Executor builder, Duration minBuildInterval) {
        this.generation = generation;
        this.loader = loader;
        this.zipLoader = zipLoader;
        this.builder = builder;
        this.minBuildIntervalNanos = minBuildInterval.toNanos();
        this.lastBuildStart = System.nanoTime() - minBuildIntervalNanos - 1;
    }

    /** Whether a search is one the grid answers: active organizations within a radius, and nothing else. */
    static boolean serves(OrganizationFilter f) {
        return f.isRadius() && f.activity() == OrganizationFilter.Activity.ACTIVE && f.nameContains() == null
                && f.identifier() == null && f.city() == null && f.state() == null && f.zip() == null
                && f.transaction() == null && f.purposeOfUse() == null;
    }

    /** The grid when it holds the directory as it is now; else empty, and a new one is built in the background. */
    public Optional<RadiusGrid> fresh() {
        return snapshot().map(Snapshot::grid);
    }

    /**
     * Every ZIP centroid (5-digit ZIP to point, the table's doubles as they are) when this node's
     * copy is current, as {@link #fresh()} decides; else empty, and the table must be asked.
     */
    public Optional<Map<String, GeoPoint>> zipCentroids() {
        return snapshot().map(Snapshot::zips);
    }

    private Optional<Snapshot> snapshot() {
        if (!enabled) {
            return Optional.empty();
        }
        String token = generation.current();
        Snapshot s = current;
        if (s != null && s.token().equals(token) && System.nanoTime() - s.builtAt() < maxAgeNanos) {
            return Optional.of(s);
        }
        requestBuild();
        return Optional.empty();
    }

    /**
     * Organizations were written in the current transaction: the token advances once it commits
     * (at once without a transaction), on every node.
     */
    public void announceChanges() {
        if (transactions != null && transactions.getTransactionKey() != null) {
            if (transactions.getResource(RadiusGrids.class) == null) {
                transactions.putResource(RadiusGrids.class, Boolean.TRUE);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            advance();
                        }
                    }
                });
            }
        } else {
            advance();
        }
    }

    private void advance() {
        try {
            generation.advance();
        } catch (RuntimeException e) {
            // the write is committed; without the signal other nodes' grids would stay stale until max-age
            current = null;
            LOG.log(Level.WARNING, "the directory's change signal could not be sent; radius grids age out", e);
        }
    }

    private void requestBuild() {
        if (System.nanoTime() - lastBuildStart < minBuildIntervalNanos || !building.compareAndSet(false, true)) {
            return;
        }
        lastBuildStart = System.nanoTime();
        try {
            (builder != null ? builder : executor).execute(this::build);
        } catch (RuntimeException e) {
            building.set(false);
            LOG.log(Level.WARNING, "cannot start a radius grid build", e);
        }
    }

    /** Builds a grid now (tests; the container builds in the background). */
    void build() {
        try {
            long start = System.nanoTime();
            String token = generation.current(); // before the rows: a change after this read shows as a new token
            RadiusGrid grid = RadiusGrid.of(loader != null ? loader.get() : load());
            Map<String, GeoPoint> zips = loader != null ? (zipLoader == null ? null : zipLoader.get()) : loadZips();
            current = new Snapshot(token, grid, zips, System.nanoTime());
            LOG.fine(() -> "radius grid: " + grid.size() + " organizations in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "radius grid build failed; SQL answers radius searches", e);
        } finally {
            building.set(false);
        }
    }

    private List<RadiusGrid.Position> load() {
        try (Connection c = dataSource.getConnection()) {
            return positions(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the organizations' positions", e);
        }
    }

    private Map<String, GeoPoint> loadZips() {
        try (Connection c = dataSource.getConnection()) {
            return zipCentroids(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ZIP centroids", e);
        }
    }

    /** The whole ZIP centroid table: 5-digit ZIP to point, read as Hibernate reads the entity's doubles. */
    static Map<String, GeoPoint> zipCentroids(Connection c) throws SQLException {
        Map<String, GeoPoint> zips = new HashMap<>(65_536);
        try (PreparedStatement s = c.prepareStatement(LOAD_ZIPS)) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    zips.put(r.getString(1), new GeoPoint(r.getDouble(2), r.getDouble(3)));
                }
            }
        }
        return Map.copyOf(zips);
    }

    /** The positions of the active organizations that have one. */
    static List<RadiusGrid.Position> positions(Connection c) throws SQLException {
        List<RadiusGrid.Position> rows = new ArrayList<>(1024);
        try (PreparedStatement s = c.prepareStatement(LOAD)) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new RadiusGrid.Position(r.getString(1), r.getDouble(2), r.getDouble(3), r.getLong(4)));
                }
            }
        }
        return rows;
    }
}
