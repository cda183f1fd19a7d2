package dev.crossway.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Directory;
import dev.crossway.it.support.Tokens;
import dev.crossway.testsupport.LocalFhirDirectory;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The facilities this installation manages: create, validate, update, deactivate, publish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnFacilitiesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    static String newOid() {
        return "2.16.840.1.113883.3.8888." + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    }

    static String facility(String oid, String name, String street) {
        return """
                {"Meta": {"DataModel": "Organization", "EventType": "New"},
                 "Organization": {"Name": "%s", "Identifiers": [{"ID": "%s", "IDType": "OID"}], "Type": "Facility",
                  "Address": {"StreetAddress": "%s", "City": "Milwaukee", "State": "WI", "ZIP": "53202"},
                  "Endpoints": [{"Transaction": "XCPD ITI-55", "Address": "https://gw.example.org/xcpd", "PurposesOfUse": ["TREATMENT"]}]}}
                """.formatted(name, oid, street);
    }

    @Test
    void createsUpdatesAndDeactivatesAnOwnFacility() {
        String oid = newOid();
        Api.Reply created = Api.post("Organization/New", Tokens.admin(), facility(oid, "Lakeshore Clinic", "1 Lake St"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode org = created.json().path("Organization");
        assertThat(org.path("Own").asBoolean()).isTrue();
        assertThat(org.path("Position").path("Latitude").asDouble()).as("filled from the ZIP centroid").isBetween(42.9, 43.2);

        Api.Reply updated = Api.post("Organization/Update", Tokens.admin(),
                facility(oid, "Lakeshore Clinic North", "2 Lake St").replace("\"New\"", "\"Update\""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode found = Directory.query("{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}");
        assertThat(found.path("Organizations").path(0).path("Name").asText()).isEqualTo("Lakeshore Clinic North");
        assertThat(found.path("Organizations").path(0).path("Address").path("StreetAddress").asText()).isEqualTo("2 Lake St");

        Api.Reply deleted = Api.post("Organization/Delete", Tokens.admin(),
                "{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\", \"IDType\": \"OID\"}]}}");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("Organization").path("Active").asBoolean()).isFalse();
        assertThat(Directory.query("{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}")
                .path("Organizations")).isEmpty();
        assertThat(Directory.query("{\"Organization\": {\"Active\": false, \"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}")
                .path("Organizations")).hasSize(1);
    }

    /**
     * The plain radius search is answered from an in-memory grid of positions: a facility created,
     * moved and deactivated shows in the next radius search as it is now, never as the grid had it.
     */
    @Test
    void aRadiusSearchSeesAFacilityCreatedMovedAndDeactivatedAtOnce() {
        String oid = newOid();
        String nearSitka = "{\"Radius\": {\"Miles\": 5, \"Latitude\": 57.06, \"Longitude\": -135.33}, \"Paging\": {\"Count\": 50}}";
        String nearJuneau = "{\"Radius\": {\"Miles\": 5, \"Latitude\": 58.30, \"Longitude\": -134.42}, \"Paging\": {\"Count\": 50}}";
        for (int i = 0; i < 5; i++) {
            assertThat(oids(Directory.query(nearSitka))).doesNotContain(oid); // and the grid gets built meanwhile
        }
        Api.Reply created = Api.post("Organization/New", Tokens.admin(), """
                {"Meta": {"DataModel": "Organization", "EventType": "New"},
                 "Organization": {"Name": "Sitka Grid Clinic", "Identifiers": [{"ID": "%s", "IDType": "OID"}], "Type": "Facility",
                  "Address": {"StreetAddress": "1 Lincoln St", "City": "Sitka", "State": "AK", "ZIP": "99835"},
                  "Position": {"Latitude": 57.0601, "Longitude": -135.3301}}}""".formatted(oid));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(oids(Directory.query(nearSitka))).contains(oid);

        Api.Reply moved = Api.post("Organization/Update", Tokens.admin(), """
                {"Meta": {"DataModel": "Organization", "EventType": "Update"},
                 "Organization": {"Name": "Sitka Grid Clinic", "Identifiers": [{"ID": "%s", "IDType": "OID"}], "Type": "Facility",
                  "Address": {"StreetAddress": "1 Main St", "City": "Juneau", "State": "AK", "ZIP": "99801"},
                  "Position": {"Latitude": 58.3001, "Longitude": -134.4201}}}""".formatted(oid));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(oids(Directory.query(nearSitka))).doesNotContain(oid);
        assertThat(oids(Directory.query(nearJuneau))).contains(oid);

        Api.Reply deleted = Api.post("Organization/Delete", Tokens.admin(),
                "{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\", \"IDType\": \"OID\"}]}}");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(oids(Directory.query(nearJuneau))).doesNotContain(oid);
    }

    static java.util.List<String> oids(JsonNode page) {
        java.util.List<String> out = new java.util.ArrayList<>();
        page.path("Organizations").forEach(o -> out.add(o.path("Identifiers").path(0).path("ID").asText()));
        return out;
    }

    @Test
    void refusesInvalidFacilitiesNamingTheFieldAndWritesNothing() {
        String oid = newOid();
        Api.Reply badOid = Api.post("Organization/New", Tokens.admin(), facility("1.2.abc", "Bad", "1 St"));
        assertThat(badOid.status()).isEqualTo(400);
        assertThat(badOid.firstError().path("Field").asText()).isEqualTo("Organization.Identifiers");

        Api.Reply noAddress = Api.post("Organization/New", Tokens.admin(), facility(oid, "No Street", ""));
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.firstError().path("Field").asText()).contains("Address");
        assertThat(Directory.query("{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\"}]}}")
                .path("Organizations")).isEmpty();

        assertThat(Api.post("Organization/New", Tokens.admin(), facility(oid, "First", "1 St")).status()).isEqualTo(201);
        Api.Reply duplicate = Api.post("Organization/New", Tokens.admin(), facility(oid, "Second", "1 St"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.firstError().path("Message").asText()).contains("already exists");
    }

    @Test
    void aDirectoryOrganizationIsNotOursToEdit() {
        Directory.importBundle("""
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "Organization",
                 "id": "2.16.840.1.113883.3.6666.1", "name": "Someone Else", "active": true}}]}""", "application/fhir+json");
        Api.Reply r = Api.post("Organization/Update", Tokens.admin(),
                facility("2.16.840.1.113883.3.6666.1", "Mine Now", "1 St").replace("\"New\"", "\"Update\""));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void publishesAFacilityToTheFhirDirectory() throws IOException {
        String oid = newOid();
        assertThat(Api.post("Organization/New", Tokens.admin(), facility(oid, "Published Clinic", "9 Main St")).status())
                .isEqualTo(201);
        try (LocalFhirDirectory dir = new LocalFhirDirectory(LocalFhirDirectory.PORT, 0, i -> true)) {
            Api.Reply r = Api.post("Organization/Publish", Tokens.admin(), "{\"Organization\": {\"Identifiers\": [{\"ID\": \""
                    + oid + "\"}]}, \"Directory\": {\"URL\": \"" + dir.baseUrl() + "\", \"ApiKey\": \""
                    + LocalFhirDirectory.API_KEY + "\"}}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            String body = dir.published().get(oid);
            assertThat(body).isNotNull();
            JsonNode fhir = Api.JSON.readTree(body);
            assertThat(fhir.path("resourceType").asText()).isEqualTo("Organization");
            assertThat(fhir.path("id").asText()).isEqualTo(oid);
            assertThat(fhir.path("name").asText()).isEqualTo("Published Clinic");
            assertThat(body).contains("XCPD ITI-55").contains("https://gw.example.org/xcpd");
        }
    }
}
