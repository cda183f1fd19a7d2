package dev.crossway.directory.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.application.internal.OrganizationViewCacheAccess;
import dev.crossway.directory.application.internal.OrganizationViewCache;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.OrganizationHits;
import dev.crossway.directory.support.TestDatabase;
import dev.crossway.interop.id.Oid;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory radius search answers exactly what the radius SQL answers (same organizations,
 * same order, same total, same distances) on the real MariaDB, edge cases included; and a grid
 * is never used once the directory's generation has moved on.
 */
class RadiusGridTest {

    private static final GeoPoint PHILADELPHIA = new GeoPoint(40.1, -75.1);
    private static final GeoPoint ADAK = new GeoPoint(51.88, 179.95); // Aleutians: 25 miles cross the 180th meridian
    private static final double MILES_PER_DEGREE = Math.toDegrees(1 / GeoPoint.EARTH_RADIUS_MILES);
    private static int next;

    private final Generation generation = new Generation();

    @BeforeEach
    void directory() {
        TestDatabase.DB.emf();
        TestDatabase.clear();
        next = 0;
        List<Organization> all = new ArrayList<>();
        Random r = new Random(15);
        // clusters like the benchmark's: around centres, within ~40 miles, a tenth inactive, some without a position
        for (GeoPoint c : List.of(PHILADELPHIA, new GeoPoint(41.88, -87.63), new GeoPoint(33.45, -112.07), ADAK,
                new GeoPoint(51.9, -179.9))) {
            for (int i = 0; i < 700; i++) {
                double lat = c.latitude() + (r.nextDouble() - 0.5) * 1.2;
                double lon = wrap(c.longitude() + (r.nextDouble() - 0.5) * 1.5);
                all.add(org(i % 10 != 3, i % 50 == 7 ? null : new GeoPoint(lat, lon)));
            }
        }
        // on the quarter-degree band boundaries of V6
        for (double lat : new double[] {39.75, 40.0, 40.25, 40.5}) {
            all.add(org(true, new GeoPoint(lat, -75.1)));
            all.add(org(true, new GeoPoint(lat, -75.3)));
        }
        // five at the very same place: ordered by OID, whose dots and digits of several lengths must sort as in MariaDB
        for (String oid : List.of("2.16.840.1.113883.3.9.10", "2.16.840.1.113883.3.9.9", "2.16.840.1.113883.3.9.100",
                "2.16.840.1.113883.3.90", "2.16.840.1.113883.3.9.1.1")) {
            all.add(org(oid, true, new GeoPoint(40.2, -75.2)));
        }
        // 25 miles due north and due east of Philadelphia, as exactly as doubles allow
        all.add(org(true, new GeoPoint(PHILADELPHIA.latitude() + 25 * MILES_PER_DEGREE, PHILADELPHIA.longitude())));
        all.add(org(true, new GeoPoint(PHILADELPHIA.latitude(),
                PHILADELPHIA.longitude() + 25 * MILES_PER_DEGREE / Math.cos(Math.toRadians(PHILADELPHIA.latitude())))));
        // on the 180th meridian itself
        all.add(org(true, new GeoPoint(51.9, 180)));
        all.add(org(true, new GeoPoint(51.9, -180)));
        TestDatabase.DB.execute(em -> all.forEach(o -> new JpaOrganizationRepository(em).add(o)));
    }

    @Test
    void theGridFindsWhatTheSqlFindsInTheSameOrderWithTheSameDistances() {
        RadiusGrid grid = RadiusGrid.of(positions().get());
        List<GeoPoint> centres = new ArrayList<>(List.of(PHILADELPHIA, ADAK, new GeoPoint(51.9, -179.99),
                new GeoPoint(51.9, 180), new GeoPoint(40.0, -75.2), new GeoPoint(40.25, -75.2), new GeoPoint(41.88, -87.63)));
        Random r = new Random(7);
        for (int i = 0; i < 40; i++) {
            GeoPoint c = centres.get(r.nextInt(5));
            centres.add(new GeoPoint(c.latitude() + (r.nextDouble() - 0.5), wrap(c.longitude() + (r.nextDouble() - 0.5))));
        }
        int compared = 0;
        int answered = 0;
        for (GeoPoint c : centres) {
            for (double miles : new double[] {1, 5, 25, 26, 100, 600}) {
                for (int offset : new int[] {0, 20, 100}) {
                    OrganizationFilter f = radius(c, miles, offset);
                    OrganizationHits sql = TestDatabase.DB.inTransaction(em -> new OrganizationSearchSql(em, f).run());
                    RadiusGrid.Page page = grid.search(c, miles, offset, 20);
                    compared++;
                    if (page == null) {
                        continue; // the grid leaves a knife-edge answer to the SQL
                    }
                    answered++;
                    String what = miles + " miles around " + c + " from " + offset;
                    assertThat(page.total()).as(what).isEqualTo(sql.total());
                    assertThat(page.hits()).as(what).extracting(RadiusGrid.Hit::oid)
                            .containsExactlyElementsOf(sql.hits().stream().map(h -> h.organization().homeCommunityId().value()).toList());
                    for (int k = 0; k < page.hits().size(); k++) {
                        double mine = page.hits().get(k).distanceMiles();
                        double theirs = sql.hits().get(k).distanceMiles();
                        assertThat(Math.abs(mine - theirs)).as(what).isLessThan(RadiusGrid.UNDECIDED_MILES);
                        assertThat(Math.round(mine * 100)).as(what).isEqualTo(Math.round(theirs * 100));
                    }
                }
            }
        }
        // the knife edges it leaves to the SQL: the two organizations 25 miles from Philadelphia, and the
        // pair on the 180th meridian (the same place written as 180 and -180, whose distances differ in the last bits)
        assertThat(answered).as("answered by the grid of " + compared).isGreaterThan(compared * 3 / 4);
        assertThat(grid.search(new GeoPoint(51.9, 179.99), 5, 0, 20)).as("180 and -180: which comes first is MariaDB's call").isNull();
        assertThat(grid.search(PHILADELPHIA, 25, 0, 20)).as("exactly 25 miles: in or out is MariaDB's call").isNull();
        assertThat(grid.search(PHILADELPHIA, 24, 0, 20)).isNotNull();
    }

    @Test
    void theDirectoryAnswersFromMemoryWhatItAnswersFromSqlAtTheEdges() {
        RadiusGrids grids = grids(Runnable::run);
        grids.fresh(); // builds
        assertThat(grids.fresh()).isPresent();
        OrganizationViews cache = new OrganizationViews();
        for (OrganizationSearch s : List.of(
                near(PHILADELPHIA, 25, 0), near(PHILADELPHIA, 25, 20), near(PHILADELPHIA, 24.999999, 0),
                near(PHILADELPHIA, 10, 0), near(PHILADELPHIA, 10, 0), near(PHILADELPHIA, 10, 15),
                near(new GeoPoint(40.2, -75.2), 0.001, 0), near(new GeoPoint(40.25, -75.2), 10, 0),
                near(ADAK, 25, 0), near(new GeoPoint(51.9, 180), 3, 0), near(new GeoPoint(51.9, -180), 3, 0),
                near(new GeoPoint(89.9, 0), 100, 0), near(new GeoPoint(41.88, -87.63), 600, 40))) {
            assertThat(cache.search(grids, s)).as(s.radiusMiles() + " miles around " + s.latitude() + ", " + s.longitude())
                    .isEqualTo(cache.search(null, s));
        }
        assertThat(cache.size()).as("views kept").isGreaterThan(20);
        assertThat(cache.search(grids, near(new GeoPoint(40.2, -75.2), 0.001, 0)).organizations())
                .extracting(OrganizationView::oid).containsExactly(
                "2.16.840.1.113883.3.9.1.1", "2.16.840.1.113883.3.9.10", "2.16.840.1.113883.3.9.100",
                "2.16.840.1.113883.3.9.9", "2.16.840.1.113883.3.90");
    }

    @Test
    void everyZipIsLocatedFromMemoryAsTheTableLocatesIt() {
        TestDatabase.ensureZipCentroids();
        RadiusGrids grids = grids(Runnable::run);
        grids.fresh(); // builds
        assertThat(grids.zipCentroids()).isPresent();
        List<String> all = TestDatabase.DB.inTransaction(em -> em.createNativeQuery("select zip from zip_centroid order by zip")
                .getResultList().stream().map(Object::toString).toList());
        assertThat(all).hasSize(33791);
        List<String> asked = new ArrayList<>(all);
        // not in the table: the three-digit area's mean (from SQL), or nothing at all
        asked.addAll(List.of("00000", "99999", "19199", "60699", "10099", "00500"));
        TestDatabase.DB.execute(em -> {
            JpaZipCentroidRepository table = new JpaZipCentroidRepository(em);
            JpaZipCentroidRepository memory = new JpaZipCentroidRepository(em, grids);
            for (String z : asked) {
                assertThat(memory.locate(z)).as(z).isEqualTo(table.locate(z));
            }
        });
        // through the whole search: centred on ZIPs, from memory and from SQL
        OrganizationViews cache = new OrganizationViews();
        for (String z : List.of("19103", "19147", "60601", "85004", "99546", "08002")) {
            OrganizationSearch s = new OrganizationSearch(null, null, null, null, null, null, null, null, 25.0, z, null, null, 0, 20);
            assertThat(cache.search(grids, s)).as(z).isEqualTo(cache.search(null, s));
        }
    }

    @Test
    void aLoadOfZipCentroidsMakesTheCopyInMemoryStaleUntilRebuilt() {
        TestDatabase.ensureZipCentroids();
        List<Runnable> builds = new ArrayList<>();
        RadiusGrids grids = grids(builds::add);
        grids.fresh();
        runAll(builds);
        String zip = "19103";
        GeoPoint was = grids.zipCentroids().orElseThrow().get(zip);
        dev.crossway.directory.domain.ZipCentroid row = TestDatabase.DB.inTransaction(em ->
                new JpaZipCentroidRepository(em).find(zip).orElseThrow());
        GeoPoint moved = new GeoPoint(was.latitude() + 0.5, was.longitude());
        try {
            // loaded (here without JTA: announced at once, as after a commit)
            TestDatabase.DB.execute(em -> new JpaZipCentroidRepository(em, grids)
                    .upsert(List.of(new dev.crossway.directory.domain.ZipCentroid(zip, moved, row.city(), row.state()))));
            assertThat(grids.zipCentroids()).as("stale: the table answers").isEmpty();
            assertThat(TestDatabase.DB.inTransaction(em -> new JpaZipCentroidRepository(em, grids).locate(zip)).orElseThrow().point())
                    .isEqualTo(moved);
            runAll(builds);
            assertThat(grids.zipCentroids().orElseThrow().get(zip)).isEqualTo(moved);
        } finally {
            TestDatabase.DB.execute(em -> new JpaZipCentroidRepository(em).upsert(List.of(row)));
        }
    }

    @Test
    void aGridIsNotUsedOnceTheGenerationMovesOnUntilItIsRebuilt() {
        List<Runnable> builds = new ArrayList<>();
        RadiusGrids grids = grids(builds::add);
        OrganizationViews cache = new OrganizationViews();
        assertThat(grids.fresh()).as("none built yet").isEmpty();
        runAll(builds);
        assertThat(grids.fresh()).isPresent();
        GeoPoint empty = new GeoPoint(45.0, -100.0);
        assertThat(cache.search(grids, near(empty, 25, 0)).total()).isZero();

        // written and announced (here without JTA: at once, as after a commit)
        Organization added = org(true, new GeoPoint(45.01, -100.0));
        TestDatabase.DB.execute(em -> {
            JpaOrganizationRepository repo = new JpaOrganizationRepository(em, grids);
            repo.add(added);
            repo.announceChanges();
        });
        assertThat(grids.fresh()).as("the old grid is stale").isEmpty();
        assertThat(cache.search(grids, near(empty, 25, 0)).total()).as("SQL answers meanwhile").isEqualTo(1);
        assertThat(builds).as("a rebuild was asked for").isNotEmpty();
        runAll(builds);
        assertThat(grids.fresh()).isPresent();
        assertThat(cache.search(grids, near(empty, 25, 0)).organizations()).extracting(OrganizationView::name)
                .containsExactly(added.name());

        // renamed by another node: the shared token moves, and the version with it
        TestDatabase.DB.execute(em -> em.createNativeQuery("update organization set name = 'Renamed', version = version + 1 where oid = ?1")
                .setParameter(1, added.homeCommunityId().value()).executeUpdate());
        generation.advance();
        assertThat(cache.search(grids, near(empty, 25, 0)).organizations()).extracting(OrganizationView::name)
                .containsExactly("Renamed");
        runAll(builds);
        assertThat(grids.fresh()).isPresent();
        assertThat(cache.search(grids, near(empty, 25, 0)).organizations()).as("the new version from the grid")
                .extracting(OrganizationView::name).containsExactly("Renamed");

        // deactivated by another node
        TestDatabase.DB.execute(em -> em.createNativeQuery("update organization set active = 0, version = version + 1 where oid = ?1")
                .setParameter(1, added.homeCommunityId().value()).executeUpdate());
        generation.advance();
        assertThat(cache.search(grids, near(empty, 25, 0)).total()).isZero();
        runAll(builds);
        assertThat(grids.fresh()).isPresent();
        assertThat(cache.search(grids, near(empty, 25, 0)).total()).isZero();
    }

    @Test
    void everyWriteOfAnOrganizationAdvancesItsVersionItsCollectionsAlone() {
        // what makes a view of a version the organization as it is (OrganizationViewCache)
        Organization o = org(true, new GeoPoint(45.5, -100.5));
        TestDatabase.DB.execute(em -> new JpaOrganizationRepository(em).add(o));
        java.util.function.Function<java.util.function.Function<DirectoryEntry, DirectoryEntry>, Long> apply = change ->
                TestDatabase.DB.inTransaction(em -> {
                    Organization found = new JpaOrganizationRepository(em).find(o.homeCommunityId()).orElseThrow();
                    DirectoryEntry now = new DirectoryEntry(found.homeCommunityId(), found.name(), found.aliases(), null, true,
                            found.address(), found.position().orElse(null), null, null, found.contacts(), found.endpoints(),
                            found.lastUpdated());
                    found.applyDirectoryEntry(change.apply(now));
                    em.flush();
                    return found.version();
                });
        long v0 = apply.apply(e -> e);
        long v1 = apply.apply(e -> new DirectoryEntry(e.homeCommunityId(), e.name(), e.aliases(), null, true, e.address(),
                e.position(), null, null, e.contacts(), List.of(new dev.crossway.directory.domain.Endpoint(
                dev.crossway.directory.domain.EndpointTransaction.XCPD_ITI55, "https://gw.example.org/xcpd", null, null)),
                e.lastUpdated()));
        long v2 = apply.apply(e -> new DirectoryEntry(e.homeCommunityId(), e.name(), List.of("Also Known As"), null, true,
                e.address(), e.position(), null, null, e.contacts(), e.endpoints(), e.lastUpdated()));
        long v3 = apply.apply(e -> new DirectoryEntry(e.homeCommunityId(), e.name(), e.aliases(), null, true, e.address(),
                e.position(), null, null, List.of(new dev.crossway.directory.domain.Contact("Desk", "IT", "it@example.org", null)),
                e.endpoints(), e.lastUpdated()));
        assertThat(v1).as("an endpoint added").isGreaterThan(v0);
        assertThat(v2).as("an alias added").isGreaterThan(v1);
        assertThat(v3).as("a contact added").isGreaterThan(v2);
        assertThat(apply.apply(e -> e)).as("nothing changed").isEqualTo(v3);
        TestDatabase.DB.execute(em -> new JpaOrganizationRepository(em).deactivateUnseen("another run", Instant.now()));
        long v4 = TestDatabase.DB.inTransaction(em -> new JpaOrganizationRepository(em).find(o.homeCommunityId()).orElseThrow().version());
        assertThat(v4).as("deactivated by the sync").isGreaterThan(v3);
    }

    /** The directory's queries as the container wires them, with or without the grid, over one view cache. */
    private static final class OrganizationViews {
        private final OrganizationViewCache views = OrganizationViewCacheAccess.create(1000);

        OrganizationPage search(RadiusGrids grids, OrganizationSearch s) {
            return TestDatabase.DB.inTransaction(em -> OrganizationViewCacheAccess.queries(new JpaOrganizationRepository(em, grids),
                    new JpaZipCentroidRepository(em, grids), grids == null ? null : views).search(s));
        }

        int size() {
            return OrganizationViewCacheAccess.size(views);
        }
    }

    private static void runAll(List<Runnable> builds) {
        List<Runnable> now = List.copyOf(builds);
        builds.clear();
        now.forEach(Runnable::run);
    }

    private RadiusGrids grids(java.util.concurrent.Executor builder) {
        return new RadiusGrids(generation, positions(), zips(), builder, Duration.ZERO);
    }

    private static Supplier<java.util.Map<String, GeoPoint>> zips() {
        return () -> {
            try (Connection c = TestDatabase.DB.dataSource().getConnection()) {
                return RadiusGrids.zipCentroids(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Supplier<List<RadiusGrid.Position>> positions() {
        return () -> {
            try (Connection c = TestDatabase.DB.dataSource().getConnection()) {
                return RadiusGrids.positions(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static OrganizationFilter radius(GeoPoint c, double miles, int offset) {
        return new OrganizationFilter(null, null, null, null, null, null, null, OrganizationFilter.Activity.ACTIVE, c, miles,
                offset, 20);
    }

    private static OrganizationSearch near(GeoPoint c, double miles, int offset) {
        return new OrganizationSearch(null, null, null, null, null, null, null, null, miles, null, c.latitude(), c.longitude(),
                offset, 20);
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    private static Organization org(boolean active, GeoPoint at) {
        return org("2.16.840.1.113883.3.7." + (++next), active, at);
    }

    private static Organization org(String oid, boolean active, GeoPoint at) {
        return Organization.fromDirectory(new DirectoryEntry(Oid.of(oid), "Org " + oid, null, null, active, null, at, null,
                null, null, null, Instant.parse("2026-12-05T00:00:00Z")));
    }

    /** The shared token, as the replicated cache holds it. */
    private static final class Generation implements DirectoryGeneration {
        private final AtomicReference<String> token = new AtomicReference<>(UUID.randomUUID().toString());

        @Override
        public String current() {
            return token.get();
        }

        @Override
        public void advance() {
            token.set(UUID.randomUUID().toString());
        }
    }
}
