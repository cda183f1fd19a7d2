package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.infrastructure.fhir.BundleReader;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import dev.crossway.directory.infrastructure.persistence.JpaOrganizationRepository;
import dev.crossway.directory.infrastructure.persistence.JpaZipCentroidRepository;
import dev.crossway.directory.support.CountingStatements;
import dev.crossway.directory.support.TestDatabase;
import dev.crossway.testsupport.Shared;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search, upsert and deactivation against the real MariaDB with the Sequoia R4 sample and real ZIP centroids. */
class DirectoryRepositoryTest {

    private final LocalSyncSteps steps = new LocalSyncSteps();

    @BeforeEach
    void sample() {
        TestDatabase.DB.emf();
        TestDatabase.ensureZipCentroids();
        TestDatabase.clear();
        importSample();
    }

    private String importSample() {
        BundleReader reader = new BundleReader();
        DirectoryPage page = reader.read(reader.parse(Shared.bytes("samples/directory/sequoia-r4-searchset-example.json"), null));
        String run = steps.begin(SyncRun.upload("test", Instant.now())).id();
        steps.storePage(run, page, page.organizations());
        steps.complete(run, false);
        return run;
    }

    private static OrganizationPage search(OrganizationSearch s) {
        return TestDatabase.DB.inTransaction(em -> {
            return OrganizationViewCacheAccess.queries(new JpaOrganizationRepository(em), new JpaZipCentroidRepository(em), null)
                    .search(s);
        });
    }

    private static OrganizationSearch radius(double miles, String zip) {
        return new OrganizationSearch(null, null, null, null, null, null, null, null, miles, zip, null, null, 0, 50);
    }

    @Test
    void zipCentroidsOfTheCensusFileAreLoaded() {
        assertThat(TestDatabase.DB.count("zip_centroid")).isEqualTo(33791);
    }

    @Test
    void radiusAroundAZipIsSortedByGreatCircleDistance() {
        OrganizationPage page = search(radius(600, "61001"));

        assertThat(page.organizations()).isNotEmpty();
        OrganizationView nearest = page.organizations().get(0);
        assertThat(nearest.name()).isEqualTo("Prairie Juniper Pediatrics");
        assertThat(nearest.distanceMiles()).isEqualTo(0.0);
        assertThat(page.organizations()).extracting(OrganizationView::distanceMiles).isSorted();
        GeoPoint center = new GeoPoint(42.465834, -90.110222);
        for (OrganizationView o : page.organizations()) {
            double expected = center.distanceMiles(new GeoPoint(o.latitude(), o.longitude()));
            assertThat(o.distanceMiles()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
            assertThat(o.distanceMiles()).isLessThanOrEqualTo(600);
        }
        assertThat(page.organizations()).extracting(OrganizationView::name)
                .contains("Harbor Willow Health", "Harbor Lakeview Family Practice")
                .doesNotContain("Granite Cedar Health");
        assertThat(page.total()).isEqualTo(page.organizations().size());
    }

    @Test
    void aRadiusSearchThroughTheLatitudeBandsFindsWhatAWiderSearchFindsWithinThatRadius() {
        // 600 miles spans more than 64 quarter-degree bands: no band condition, ix_org_position;
        // 25-250 miles name their 3-15 bands (V6, ix_org_radius)
        OrganizationPage wide = search(radius(600, "61001"));
        assertThat(wide.total()).isEqualTo(wide.organizations().size());
        for (double miles : List.of(25.0, 100.0, 250.0)) {
            List<String> expected = wide.organizations().stream().filter(o -> o.distanceMiles() <= miles)
                    .map(OrganizationView::name).toList();
            assertThat(search(radius(miles, "61001")).organizations()).as(miles + " miles")
                    .extracting(OrganizationView::name).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void radiusAroundLatitudeLongitude() {
        OrganizationPage page = search(new OrganizationSearch(null, null, null, null, null, null, null, null,
                25.0, null, 42.9, -78.85, 0, 20));
        assertThat(page.organizations()).extracting(OrganizationView::name).containsExactly("Cedar Granite Family Practice");
        assertThat(page.organizations().get(0).distanceMiles()).isBetween(0.5, 25.0);
    }

    @Test
    void aZipWithoutAZctaIsPlacedAtItsThreeDigitAreaAndTheAnswerSaysSo() {
        OrganizationPage po = search(radius(3000, "53201"));
        assertThat(po.radiusZipBasis()).as("53201 (Milwaukee PO boxes) has no ZCTA").isEqualTo("ZIP3");
        GeoPoint area = TestDatabase.DB.inTransaction(em -> new JpaZipCentroidRepository(em).prefixCentroid("532")).orElseThrow();
        assertThat(area.distanceMiles(new GeoPoint(43.04, -87.91))).as("near downtown Milwaukee").isLessThan(15);
        assertThat(search(radius(3000, "61001")).radiusZipBasis()).isEqualTo("ZCTA");
        assertThat(search(new OrganizationSearch(null, null, null, null, null, null, null, null, null, null, null, null, 0, 5))
                .radiusZipBasis()).isNull();
    }

    @Test
    void unknownRadiusZipIsAValidationError() {
        assertThatThrownBy(() -> search(radius(10, "00000")))
                .isInstanceOf(DirectoryValidationException.class)
                .extracting(e -> ((DirectoryValidationException) e).field()).isEqualTo(DirectoryField.RADIUS_ZIP);
    }

    @Test
    void nameSearchIsCaseInsensitiveContainsSortedByName() {
        OrganizationPage page = search(new OrganizationSearch("CEDAR", null, null, null, null, null, null, null,
                null, null, null, null, 0, 20));
        assertThat(page.organizations()).extracting(OrganizationView::name).containsExactly(
                "Cedar Granite Family Practice", "Cedar Pioneer Pediatrics", "Granite Cedar Health",
                "Willow Cedar Regional Hospital");
        assertThat(page.organizations()).allSatisfy(o -> assertThat(o.distanceMiles()).isNull());
    }

    @Test
    void pagingAndFilters() {
        OrganizationPage second = search(new OrganizationSearch(null, null, null, null, null, null, null, null,
                null, null, null, null, 5, 5));
        assertThat(second.total()).isEqualTo(12);
        assertThat(second.organizations()).hasSize(5);
        assertThat(second.organizations().get(0).name()).isEqualTo("Harbor Willow Health");

        OrganizationPage payment = search(new OrganizationSearch(null, null, null, null, null, "XCA ITI-38", "payment",
                null, null, null, null, null, 0, 20));
        assertThat(payment.organizations()).extracting(OrganizationView::name).containsExactly(
                "Harbor Lakeview Family Practice", "Juniper Willow Medical Center", "Prairie Juniper Pediatrics");

        OrganizationPage ks = search(new OrganizationSearch(null, "urn:oid:2.16.840.1.113883.3.9999.7.12", null, "ks",
                "66840", null, null, null, null, null, null, null, 0, 20));
        assertThat(ks.organizations()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Juniper Willow Medical Center");
            assertThat(o.endpoints()).extracting(e -> e.transaction()).containsExactly("XCPD ITI-55", "XCA ITI-38", "XCA ITI-39");
            assertThat(o.partOf()).isEqualTo("2.16.840.1.113883.3.9999.7.1");
        });
    }

    @Test
    void inactiveOnlyWhenAsked() {
        String run = steps.begin(SyncRun.fromUrl("http://directory.test", 10, Instant.now())).id();
        BundleReader reader = new BundleReader();
        DirectoryPage all = reader.read(reader.parse(Shared.bytes("samples/directory/sequoia-r4-searchset-example.json"), null));
        steps.storePage(run, new DirectoryPage(all.entries().subList(0, 10), List.of(), 10, 10, false), 10);
        steps.complete(run, true);

        OrganizationPage inactive = search(new OrganizationSearch(null, null, null, null, null, null, null, false,
                null, null, null, null, 0, 20));
        assertThat(inactive.organizations()).extracting(OrganizationView::name)
                .containsExactly("Juniper Willow Medical Center", "Summit Harbor Family Practice");
        assertThat(inactive.organizations()).noneMatch(OrganizationView::active);
        assertThat(search(OrganizationSearch.all()).total()).isEqualTo(10);
        assertThat(TestDatabase.DB.count("organization")).isEqualTo(12);
    }

    @Test
    void sameInputTwiceWritesNothingNewAndQueriesStayConstant() {
        long endpoints = TestDatabase.DB.count("organization_endpoint");
        long contacts = TestDatabase.DB.count("organization_contact");
        BundleReader reader = new BundleReader();
        DirectoryPage page = reader.read(reader.parse(Shared.bytes("samples/directory/sequoia-r4-searchset-example.json"), null));
        String run = steps.begin(SyncRun.upload("again", Instant.now())).id();

        CountingStatements.reset();
        steps.storePage(run, page, 12);

        // run lookup, the page's organizations by one IN query, 3 batched collection loads, the run's errors
        assertThat(CountingStatements.selects()).isLessThanOrEqualTo(7);
        // the organizations are unchanged except for the run that saw them: one batched update, no inserts or deletes
        assertThat(CountingStatements.writes()).isLessThanOrEqualTo(2);
        assertThat(TestDatabase.DB.count("organization")).isEqualTo(12);
        assertThat(TestDatabase.DB.count("organization_endpoint")).isEqualTo(endpoints).isEqualTo(36);
        assertThat(TestDatabase.DB.count("organization_contact")).isEqualTo(contacts).isEqualTo(12);
    }
}
