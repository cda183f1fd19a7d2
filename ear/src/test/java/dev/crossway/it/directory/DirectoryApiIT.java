package dev.crossway.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Directory;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import dev.crossway.testsupport.LocalFhirDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory end to end over HTTP: imports of the real sample Bundles, queries by name, place
 * and radius (distances checked against the Census ZIP centroids), syncs from a paging FHIR
 * server with deactivation of what disappeared, and refusal of bad input with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryApiIT {

    private static final Path SAMPLES = Servers.shared().resolve("samples/directory");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void importsTheSequoiaSampleAndFindsByNameAndRadius() throws IOException {
        JsonNode run = Directory.importBundle(Files.readString(SAMPLES.resolve("sequoia-r4-searchset-example.json")),
                "application/fhir+json");
        assertThat(run.path("Status").asText()).isEqualTo("Completed");
        assertThat(run.path("Organizations").asInt()).isEqualTo(12);

        JsonNode byName = Directory.query("{\"Organization\": {\"Name\": \"no such clinic anywhere\"}}");
        assertThat(byName.path("Organizations")).isEmpty();
        JsonNode prairie = Directory.query("{\"Organization\": {\"Name\": \"prairie juniper\"}}");
        assertThat(prairie.path("Organizations")).hasSize(1);
        JsonNode org = prairie.path("Organizations").path(0);
        assertThat(org.path("Identifiers").path(0).path("ID").asText()).isEqualTo("2.16.840.1.113883.3.9999.7.1");
        assertThat(org.path("Address").path("State").asText()).isEqualTo("IL");
        assertThat(org.path("Position").path("Latitude").asDouble()).isEqualTo(42.465834);
        List<String> transactions = new ArrayList<>();
        org.path("Endpoints").forEach(e -> transactions.add(e.path("Transaction").asText()));
        assertThat(transactions).contains("XCPD ITI-55", "XCA ITI-38", "XCA ITI-39");
        assertThat(org.path("Endpoints").path(0).path("PurposesOfUse").toString()).contains("TREATMENT");

        // Buffalo (14208) and Rochester (14620), NY: about 65 miles apart
        JsonNode near = Directory.query("{\"Radius\": {\"Miles\": 100, \"ZIP\": \"14208\"}}");
        List<String> names = new ArrayList<>();
        near.path("Organizations").forEach(o -> names.add(o.path("Name").asText()));
        assertThat(names).containsExactly("Cedar Granite Family Practice", "Cedar Pioneer Pediatrics");
        double first = near.path("Organizations").path(0).path("DistanceMiles").asDouble();
        double second = near.path("Organizations").path(1).path("DistanceMiles").asDouble();
        assertThat(first).isLessThan(second);
        assertThat(second).isCloseTo(greatCircleMiles(zip("14208"), new double[] {43.128342, -77.604424}),
                within(0.05));

        JsonNode byLatLon = Directory.query("{\"Radius\": {\"Miles\": 10, \"Latitude\": 47.446808, \"Longitude\": -123.032753}}");
        assertThat(byLatLon.path("Organizations").path(0).path("Name").asText()).isEqualTo("Granite Cedar Health");
    }

    @Test
    void importsTheOlderConnectShapesInJsonAndXml() throws IOException {
        JsonNode json = Directory.importBundle(Files.readString(SAMPLES.resolve("connect-fhirJsonResponse.json")),
                "application/fhir+json");
        assertThat(json.path("Status").asText()).as(json.toString()).isEqualTo("Completed");
        assertThat(json.path("Organizations").asInt()).isPositive();
        JsonNode xml = Directory.importBundle(Files.readString(SAMPLES.resolve("connect-fhirXmlResponse.xml")),
                "application/fhir+xml");
        assertThat(xml.path("Status").asText()).as(xml.toString()).isEqualTo("Completed");
        JsonNode found = Directory.query("{\"Organization\": {\"Identifiers\": [{\"ID\": \"urn:oid:2.16.840.1.113883.3.596\", \"IDType\": \"OID\"}]}}");
        // the CONNECT sample lists two organizations under one home community id: upserted by
        // that id, the directory keeps one, the bundle's later entry
        assertThat(found.path("Organizations")).hasSize(1);
        assertThat(found.path("Organizations").path(0).path("Name").asText()).isEqualTo("Conformance1-5AM");
    }

    @Test
    void anAdministratorLoadsZipCentroidsAndRadiusSearchUsesThem() {
        Api.Reply refused = Api.post("admin/geo/zip-centroids", Tokens.partner(), "zip,lat,lon,city,state\n", "text/csv");
        assertThat(refused.status()).isEqualTo(403);
        Api.Reply loaded = Api.post("admin/geo/zip-centroids", Tokens.admin(),
                "zip,lat,lon,city,state\n99901,47.446000,-123.030000,Testville,WA\nnot,a,row\n", "text/csv");
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().path("Loaded").asInt()).isEqualTo(1);
        assertThat(loaded.json().path("Total").asLong()).isGreaterThan(30000);
        Directory.importBundle(sample("sequoia-r4-searchset-example.json"), "application/fhir+json");
        JsonNode near = Directory.query("{\"Radius\": {\"Miles\": 5, \"ZIP\": \"99901\"}}");
        assertThat(near.path("Organizations").path(0).path("Name").asText()).isEqualTo("Granite Cedar Health");
        Api.Reply unknown = Api.post("Organization/Query", Tokens.partner(), "{\"Radius\": {\"Miles\": 5, \"ZIP\": \"00000\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.firstError().path("Field").asText()).isEqualTo("Radius.ZIP");
    }

    private static String sample(String name) {
        try {
            return Files.readString(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refusesABodyThatIsNotABundleAndWritesNothing() {
        long before = Directory.query("{}").path("Paging").path("Total").asLong();
        Api.Reply r = Api.post("admin/directory/imports", Tokens.admin(), "{\"resourceType\": \"Patient\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("InvalidRequest");
        Api.Reply garbage = Api.post("admin/directory/imports", Tokens.admin(), "<not-fhir", "application/fhir+xml");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(Directory.query("{}").path("Paging").path("Total").asLong()).isEqualTo(before);
    }

    @Test
    void syncsFromAPagingDirectoryAndDeactivatesWhatDisappeared() throws IOException {
        try (LocalFhirDirectory full = new LocalFhirDirectory(LocalFhirDirectory.PORT, 1500, i -> true)) {
            JsonNode run = sync(full, 200);
            assertThat(run.path("Status").asText()).as(run.toString()).isEqualTo("Completed");
            assertThat(run.path("Organizations").asInt()).isEqualTo(1500);
            assertThat(run.path("Pages").asInt()).isGreaterThanOrEqualTo(8);
        }
        String gone = LocalFhirDirectory.oid(7);
        assertThat(activeOf(gone)).isTrue();
        try (LocalFhirDirectory shrunk = new LocalFhirDirectory(LocalFhirDirectory.PORT, 1500, i -> i != 7)) {
            JsonNode run = sync(shrunk, 500);
            assertThat(run.path("Status").asText()).isEqualTo("Completed");
            assertThat(run.path("Organizations").asInt()).isEqualTo(1499);
        }
        assertThat(activeOf(gone)).isFalse();
        assertThat(activeOf(LocalFhirDirectory.oid(8))).isTrue();
    }

    @Test
    void aSyncWithAWrongKeyFailsAndSaysSo() throws IOException {
        try (LocalFhirDirectory dir = new LocalFhirDirectory(LocalFhirDirectory.PORT, 10, i -> true)) {
            Api.Reply r = Api.post("admin/directory/syncs", Tokens.admin(),
                    "{\"URL\": \"" + dir.baseUrl() + "\", \"ApiKey\": \"wrong\", \"PageSize\": 5}");
            assertThat(r.status()).isEqualTo(202);
            JsonNode run = Directory.awaitRun(r.json().path("ID").asText(), Duration.ofSeconds(60));
            assertThat(run.path("Status").asText()).isEqualTo("Failed");
            assertThat(run.path("Errors").toString()).contains("401");
            assertThat(dir.refusals()).isPositive();
        }
    }

    private static JsonNode sync(LocalFhirDirectory dir, int pageSize) {
        Api.Reply r = Api.post("admin/directory/syncs", Tokens.admin(), "{\"URL\": \"" + dir.baseUrl()
                + "\", \"ApiKey\": \"" + LocalFhirDirectory.API_KEY + "\", \"PageSize\": " + pageSize + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return Directory.awaitRun(r.json().path("ID").asText(), Duration.ofSeconds(120));
    }

    private static boolean activeOf(String oid) {
        JsonNode active = Directory.query("{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}");
        if (active.path("Organizations").size() == 1) {
            return true;
        }
        JsonNode inactive = Directory.query("{\"Organization\": {\"Active\": false, \"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}");
        assertThat(inactive.path("Organizations")).as("organization " + oid + " exists").hasSize(1);
        return false;
    }

    /** The ZIP's centroid as the Census table gives it. */
    static double[] zip(String zip) throws IOException {
        try (var lines = Files.lines(Servers.shared().resolve("geo/zcta.csv"))) {
            String[] f = lines.filter(l -> l.startsWith(zip + ",")).findFirst().orElseThrow().split(",");
            return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        }
    }

    static double greatCircleMiles(double[] a, double[] b) {
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 3958.8 * Math.asin(Math.sqrt(h));
    }
}
