package dev.crossway.it.initiator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import dev.crossway.testsupport.RedoxShapes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redox's published example requests of Clinical Summary VisitQuery, PatientAdmin, Scheduling and
 * Organization, sent as a Redox client sends them (every key of Redox's example, the sandbox's data in
 * place of Redox's), and the answers checked against Redox's response shapes: every key present, with
 * the values the sandbox holds. The key lists are our own constants (names only); their sources are
 * listed in docs/decisions/redox-data-models.md. PatientSearch, PatientQuery, DocumentQuery,
 * DocumentGet and VisitPush are in {@link RedoxFlowIT}; PatientPush belongs to its own tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedoxModelsIT {

    /** Every key of an organization in Redox's Organization QueryResponse. */
    static final List<String> ORGANIZATION = List.of("Active", "Address", "Aliases", "Contacts", "Identifiers", "ManagingOrg", "Name",
            "PartOf", "Type");
    /** Redox's Organization QueryResponse. */
    static final List<String> ORGANIZATION_QUERY_RESPONSE = List.of("Meta", "Directory", "Organizations", "Paging");
    /** Redox's Patient section as PatientAdmin answers carry it. */
    static final List<String> PATIENT = List.of("Identifiers", "Demographics");
    static final String STORE = "2.16.840.1.113883.3.9999.15";
    static final String STORE_AUTHORITY = STORE + ".1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void network() throws Exception {
        Sandbox.ready();
        Hosted.community(STORE, "Redox PatientAdmin test community", STORE_AUTHORITY, "\"TREATMENT\"");
    }

    @Test
    void visitQueryAnswersTheMostRecentVisitSummaryInTheTimeAskedForInRedoxsShape() {
        String north = Sandbox.COMMUNITIES.get(0);
        String id = identifierAt(north);
        Api.Reply list = Api.post("ClinicalSummary/DocumentQuery", Tokens.partner(), "{" + RedoxFlowIT.meta("Clinical Summary",
                "DocumentQuery", north) + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id + "\", \"IDType\": \"" + north + "\"}]}}");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        Instant latest = null;
        for (JsonNode d : list.json().path("Documents")) {
            if ("XML".equals(d.path("FileType").asText()) && d.hasNonNull("DateTime")) {
                Instant t = Instant.parse(d.path("DateTime").asText());
                latest = latest == null || t.isAfter(latest) ? t : latest;
            }
        }
        assertThat(latest).as("the sandbox lists C-CDAs with a creation time").isNotNull();

        // Redox's published VisitQuery: Meta, Patient.Identifiers, Visit {VisitNumber, StartDateTime, EndDateTime}
        String visitQuery = "{" + RedoxFlowIT.meta("Clinical Summary", "VisitQuery", north)
                + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id + "\", \"IDType\": \"" + north + "\"}]},"
                + " \"Visit\": {\"VisitNumber\": \"4325235\", \"StartDateTime\": \"" + latest.minus(1, ChronoUnit.HOURS)
                + "\", \"EndDateTime\": \"" + latest.plus(1, ChronoUnit.HOURS) + "\"}}";
        Api.Reply visit = Api.post("ClinicalSummary/VisitQuery", Tokens.partner(), visitQuery);
        assertThat(visit.status()).as(visit.body()).isEqualTo(200);
        JsonNode v = visit.json();
        assertThat(v.path("Meta").path("DataModel").asText()).isEqualTo("Clinical Summary");
        assertThat(v.path("Meta").path("EventType").asText()).isEqualTo("VisitQueryResponse");
        RedoxShapes.VISIT_QUERY_RESPONSE.forEach(key -> assertThat(v.has(key)).as(key).isTrue());
        RedoxShapes.VISIT.forEach(key -> assertThat(v.path("Header").path("Document").path("Visit").has(key)).as("Header.Document.Visit." + key).isTrue());
        assertThat(v.path("Header").path("Document").path("Visit").path("VisitNumber").asText()).isEqualTo("4325235");
        assertThat(Instant.parse(v.path("Document").path("DateTime").asText())).as("the visit summary of the time asked for").isEqualTo(latest);
        assertThat(v.path("Source").path("Status").asText()).isEqualTo("OK");

        // the values are the document's: the same C-CDA read by DocumentGet
        Api.Reply got = Api.post("ClinicalSummary/DocumentGet", Tokens.partner(), "{" + RedoxFlowIT.meta("Clinical Summary", "DocumentGet",
                north) + ", \"Document\": {\"ID\": \"" + v.path("Document").path("ID").asText() + "\"}}");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        JsonNode summary = got.json().path("ClinicalSummary");
        assertThat(v.path("Header").path("Document").path("ID")).isEqualTo(summary.path("Header").path("Document").path("ID"));
        assertThat(v.path("Header").path("Patient")).isEqualTo(summary.path("Header").path("Patient"));
        assertThat(v.path("Header").path("Patient").path("Demographics").path("LastName").asText()).isNotBlank();
        for (String section : List.of("AllergyText", "Allergies", "MedicationsText", "Medications", "ProblemsText", "Problems",
                "ResultText", "Results", "VitalSignsText", "VitalSigns", "ImmunizationText", "Immunizations", "SocialHistory")) {
            assertThat(v.path(section)).as(section).isEqualTo(summary.path(section));
        }
        assertThat(v.path("MedicationsText").asText() + v.path("ProblemsText").asText()).as("the document's narrative").isNotBlank();

        // a time without visits: every key, no data
        Api.Reply none = Api.post("ClinicalSummary/VisitQuery", Tokens.partner(), visitQuery
                .replace(latest.minus(1, ChronoUnit.HOURS).toString(), "1990-01-01T00:00:00Z")
                .replace(latest.plus(1, ChronoUnit.HOURS).toString(), "1990-12-31T00:00:00Z"));
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        RedoxShapes.VISIT_QUERY_RESPONSE.forEach(key -> assertThat(none.json().has(key)).as(key).isTrue());
        assertThat(none.json().path("Header").isNull()).isTrue();
        assertThat(none.json().path("Allergies")).isEmpty();

        Api.Reply bad = Api.post("ClinicalSummary/VisitQuery", Tokens.partner(), visitQuery.replace("\"StartDateTime\": \"", "\"StartDateTime\": \"x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstError().path("Field").asText()).isEqualTo("Visit.StartDateTime");
    }

    @Test
    void patientAdminTakesRedoxsNewPatientUpdateAndMergeAsPublished() {
        String id = "RA" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String prior = "RB" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Api.Reply created = Api.post("PatientAdmin/NewPatient", Tokens.partner(), newPatient("NewPatient", id, "1357 Amber Drive"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode p = created.json().path("Patient");
        assertThat(created.json().path("Meta").path("DataModel").asText()).isEqualTo("PatientAdmin");
        assertThat(created.json().path("Meta").path("EventType").asText()).isEqualTo("NewPatient");
        PATIENT.forEach(k -> assertThat(p.has(k)).as("Patient." + k).isTrue());
        assertThat(p.path("Identifiers")).as("the identifier under the community's authority; Redox's MR/EHRID/NIST labels name no record here")
                .hasSize(1);
        assertThat(p.path("Identifiers").path(0).path("ID").asText()).isEqualTo(id);
        assertThat(p.path("Identifiers").path(0).path("IDType").asText()).isEqualTo(STORE_AUTHORITY);
        assertThat(p.path("Demographics").path("FirstName").asText()).isEqualTo("Alice");
        assertThat(p.path("Demographics").path("DOB").asText()).isEqualTo("1970-05-01");
        assertThat(p.path("Demographics").path("Address").path("ZIP").asText()).isEqualTo("97006");

        Api.Reply updated = Api.post("PatientAdmin/PatientUpdate", Tokens.partner(), newPatient("PatientUpdate", id, "2468 Cedar Lane"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("Meta").path("EventType").asText()).isEqualTo("PatientUpdate");
        assertThat(updated.json().path("Patient").path("Demographics").path("Address").path("StreetAddress").asText())
                .isEqualTo("2468 Cedar Lane");

        assertThat(Api.post("PatientAdmin/NewPatient", Tokens.partner(), newPatient("NewPatient", prior, "1357 Amber Drive")).status())
                .isEqualTo(201);
        String merge = newPatient("PatientMerge", id, "2468 Cedar Lane").replaceFirst("}\\s*$",
                ", \"PriorPatient\": {\"Identifiers\": [{\"ID\": \"" + prior + "\", \"IDType\": \"" + STORE_AUTHORITY + "\"},"
                        + " {\"ID\": \"0000000002\", \"IDType\": \"MR\"}]}}");
        Api.Reply merged = Api.post("PatientAdmin/PatientMerge", Tokens.partner(), merge);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("Meta").path("EventType").asText()).isEqualTo("PatientMerge");
        assertThat(merged.json().path("Patient").path("Identifiers").toString()).contains(id);

        Api.Reply onlyLabels = Api.post("PatientAdmin/NewPatient", Tokens.partner(), newPatient("NewPatient", id, "x")
                .replace("\"IDType\": \"" + STORE_AUTHORITY + "\"", "\"IDType\": \"MR\""));
        assertThat(onlyLabels.status()).as("no identifier a community can resolve").isEqualTo(400);
        assertThat(onlyLabels.firstError().path("Field").asText()).isEqualTo("Patient.Identifiers");
    }

    @Test
    void schedulingTakesRedoxsNewModificationRescheduleAndCancelAsPublished() {
        String north = Sandbox.COMMUNITIES.get(0);
        String visitNumber = "VN" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Instant when = Instant.parse("2032-01-01T15:00:00Z").plus(ThreadLocalRandom.current().nextInt(0, 3000), ChronoUnit.DAYS);
        Api.Reply booked = Api.post("Scheduling/New", Tokens.partner(), scheduling("New", north, visitNumber, when));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().path("Meta").path("DataModel").asText()).isEqualTo("Scheduling");
        assertThat(booked.json().path("Meta").path("EventType").asText()).isEqualTo("New");
        JsonNode a = booked.json().path("Appointment");
        assertThat(a.path("VisitId").asText()).isEqualTo(visitNumber);
        assertThat(Instant.parse(a.path("VisitTime").asText())).isEqualTo(when);
        assertThat(a.path("Status").asText()).isEqualTo("Scheduled");

        Instant later = when.plus(90, ChronoUnit.MINUTES);
        Api.Reply modified = Api.post("Scheduling/Modification", Tokens.partner(), scheduling("Modification", north, visitNumber, later));
        assertThat(modified.status()).as(modified.body()).isEqualTo(200);
        assertThat(Instant.parse(modified.json().path("Appointment").path("VisitTime").asText())).isEqualTo(later);

        Instant nextDay = when.plus(1, ChronoUnit.DAYS);
        Api.Reply moved = Api.post("Scheduling/Reschedule", Tokens.partner(), scheduling("Reschedule", north, visitNumber, nextDay));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("Meta").path("EventType").asText()).isEqualTo("Reschedule");
        assertThat(Instant.parse(moved.json().path("Appointment").path("VisitTime").asText())).isEqualTo(nextDay);
        assertThat(moved.json().path("Appointment").path("Id").asText()).isEqualTo(a.path("Id").asText());

        Api.Reply cancelled = Api.post("Scheduling/Cancel", Tokens.partner(), scheduling("Cancel", north, visitNumber, nextDay));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("Appointment").path("Status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void organizationTakesRedoxsNewQueryAndUpdateAsPublished() {
        String oid = "2.16.840.1.113883.3.8888." + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        String name = "Redox Shape Clinic " + oid.substring(oid.lastIndexOf('.') + 1);
        Api.Reply created = Api.post("Organization/New", Tokens.admin(), organization("New", oid, name, true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode o = created.json().path("Organizations").path(0);
        ORGANIZATION.forEach(k -> assertThat(o.has(k)).as("Organizations[0]." + k).isTrue());
        assertThat(o.path("Identifiers").path(0).path("ID").asText()).isEqualTo(oid);
        assertThat(o.path("PartOf").path("Identifier").path("Value").asText()).isEqualTo("2.16.840.1.113883.3.6147.458.2");
        assertThat(o.path("Contacts").path(0).path("EmailAddresses").path(0).asText()).isEqualTo("support@example.org");
        assertThat(o.path("Contacts").path(0).path("PhoneNumber").path("Work").asText()).isEqualTo("+16085551234");
        assertThat(o.path("Type").path("Value").asText()).isEqualTo("Facility");
        assertThat(o.path("Aliases").path(0).asText()).isEqualTo("RSC");

        // Redox's Organization.Query: Directory, NameSearch, Identifier, Index/Limit as strings
        String query = """
                {"Meta": {"DataModel": "Organization", "EventType": "Query", "Test": true,
                  "Destinations": [{"ID": "a07afe3b-d247-4415-827f-6837707e1b8b", "Name": "Crossway"}]},
                 "Directory": "Carequality", "NameSearch": {"SearchType": "Contains", "Value": "%s"},
                 "Identifier": {"ID": "%s", "IDType": "OID"}, "Index": "0", "Limit": "10", "Active": true}
                """.formatted(name, oid);
        Api.Reply found = Api.post("Organization/Query", Tokens.partner(), query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().path("Meta").path("EventType").asText()).isEqualTo("QueryResponse");
        ORGANIZATION_QUERY_RESPONSE.forEach(k -> assertThat(found.json().has(k)).as(k).isTrue());
        assertThat(found.json().path("Directory").asText()).isEqualTo("Carequality");
        assertThat(found.json().path("Paging").path("Index").asInt()).isZero();
        assertThat(found.json().path("Organizations")).hasSize(1);
        JsonNode q = found.json().path("Organizations").path(0);
        ORGANIZATION.forEach(k -> assertThat(q.has(k)).as("Organizations[0]." + k).isTrue());
        assertThat(q.path("Name").asText()).isEqualTo(name);
        assertThat(q.path("Address").path("City").asText()).isEqualTo("Beaverton");

        // Redox deletes with an Update whose organization is inactive
        Api.Reply deleted = Api.post("Organization/Update", Tokens.admin(), organization("Update", oid, name, false));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("Organizations").path(0).path("Active").asBoolean()).isFalse();
        assertThat(Api.post("Organization/Query", Tokens.partner(), query).json().path("Organizations")).isEmpty();

        String other = "2.16.840.1.113883.3.8888." + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        String two = organization("New", other, "Two " + name, true).replaceFirst("\\]\\}\\s*$", "")
                + ", " + organizationEntry(other + "1", "Three " + name, true) + "]}";
        Api.Reply refused = Api.post("Organization/New", Tokens.admin(), two);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.firstError().path("Field").asText()).isEqualTo("Organizations");
        assertThat(Api.post("Organization/Query", Tokens.partner(), "{\"Identifier\": {\"ID\": \"" + other + "\"}}").json()
                .path("Organizations")).as("nothing written").isEmpty();
    }

    @Test
    void theNewEventsRefuseCallersWithoutTheRoleAndBadInputChangingNothing() {
        String north = Sandbox.COMMUNITIES.get(0);
        String visitQuery = "{" + RedoxFlowIT.meta("Clinical Summary", "VisitQuery", north)
                + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"1000-1\", \"IDType\": \"" + north + "\"}]}}";
        assertThat(Api.post("ClinicalSummary/VisitQuery", null, visitQuery).status()).as("no token").isEqualTo(401);
        assertThat(Api.post("ClinicalSummary/VisitQuery", "not-a-jwt", visitQuery).status()).as("not a token").isEqualTo(401);
        Api.Reply notAnOid = Api.post("ClinicalSummary/VisitQuery", Tokens.partner(), visitQuery.replace("\"FacilityCode\": \"" + north,
                "\"FacilityCode\": \"north"));
        assertThat(notAnOid.status()).isEqualTo(400);
        assertThat(notAnOid.firstError().path("Field").asText()).isEqualTo("Meta.FacilityCode");
        Api.Reply wrongEvent = Api.post("ClinicalSummary/VisitQuery", Tokens.partner(), visitQuery.replace("\"VisitQuery\"", "\"PatientQuery\""));
        assertThat(wrongEvent.status()).isEqualTo(400);
        assertThat(wrongEvent.firstError().path("Field").asText()).isEqualTo("Meta.EventType");

        String oid = "2.16.840.1.113883.3.8888." + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        Api.Reply partner = Api.post("Organization/New", Tokens.partner(), organization("New", oid, "Not Mine " + oid, true));
        assertThat(partner.status()).as("only an administrator writes organizations").isEqualTo(403);
        Api.Reply badRadius = Api.post("Organization/Query", Tokens.partner(), "{\"RadiusSearch\": {\"Radius\": \"far\", \"ZipCode\": \"97006\"}}");
        assertThat(badRadius.status()).isEqualTo(400);
        assertThat(badRadius.firstError().path("Field").asText()).isEqualTo("RadiusSearch.Radius");
        Api.Reply otherDirectory = Api.post("Organization/Query", Tokens.partner(), "{\"Directory\": \"CommonWell\"}");
        assertThat(otherDirectory.status()).isEqualTo(400);
        assertThat(Api.post("Organization/Query", Tokens.partner(), "{\"Identifier\": {\"ID\": \"" + oid + "\"}}").json()
                .path("Organizations")).as("nothing written").isEmpty();
    }

    /** The identifier the first sandbox community gave Alice, as a Redox client learns it: from PatientSearch. */
    private static String identifierAt(String community) {
        Api.Reply search = Api.post("PatientSearch/Query", Tokens.partner(),
                "{" + RedoxFlowIT.meta("PatientSearch", "Query", null) + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        for (JsonNode m : search.json().path("PotentialMatches")) {
            if (community.equals(m.path("Organization").path("ID").asText())) {
                return m.path("Identifiers").path(0).path("ID").asText();
            }
        }
        throw new AssertionError("no match at " + community + ": " + search.body());
    }

    /** Redox's published NewPatient (and PatientUpdate) example, Alice Newman in Timothy Bixby's place. */
    private static String newPatient(String event, String id, String street) {
        return """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "%s", "EventDateTime": "2026-12-01T10:00:00.000Z", "Test": true,
                  "Source": {"ID": "7ce6f387-c33c-417d-8682-81e83628cbd9", "Name": "Redox Dev Tools"},
                  "Destinations": [{"ID": "af394f14-b34a-464f-8d24-895f370af4c9", "Name": "Crossway"}],
                  "Message": {"ID": 5565}, "Transmission": {"ID": 12414}, "FacilityCode": "%s"},
                 "Patient": {
                  "Identifiers": [{"ID": "%s", "IDType": "%s"},
                                  {"ID": "e167267c-16c9-4fe3-96ae-9cff5703e90a", "IDType": "EHRID"},
                                  {"ID": "a1d4ee8aba494ca", "IDType": "NIST"}],
                  "Demographics": {"FirstName": "Alice", "MiddleName": null, "LastName": "Newman", "DOB": "1970-05-01",
                   "SSN": null, "Sex": "Female", "Race": "White", "IsHispanic": null, "Religion": null, "MaritalStatus": "Married",
                   "IsDeceased": false, "DeathDateTime": null,
                   "PhoneNumber": {"Home": "555-723-1544", "Office": null, "Mobile": null},
                   "EmailAddresses": [], "Language": "en", "Citizenship": [],
                   "Address": {"StreetAddress": "%s", "City": "Beaverton", "State": "OR", "ZIP": "97006", "County": "Washington",
                    "Country": "US"}},
                  "Notes": [],
                  "Contacts": [{"FirstName": "Boris", "LastName": "Newman", "Address": {"StreetAddress": "1357 Amber Drive",
                    "City": "Beaverton", "State": "OR", "ZIP": "97006", "County": "Washington", "Country": "US"},
                    "PhoneNumber": {"Home": "555-723-1544", "Office": null, "Mobile": null}, "RelationToPatient": "Spouse",
                    "EmailAddresses": [], "Roles": ["Emergency Contact"]}],
                  "PCP": {"NPI": "4356789876", "ID": "4356789876", "IDType": "NPI", "FirstName": "Pat", "LastName": "Granite",
                   "Credentials": ["MD"], "Address": {"StreetAddress": "123 Main St.", "City": "Madison", "State": "WI", "ZIP": "53703",
                   "County": "Dane", "Country": "USA"}, "EmailAddresses": [], "PhoneNumber": {"Office": "+16085551234"},
                   "Location": {"Type": null, "Facility": null, "Department": null, "Room": null}},
                  "Guarantor": {"Number": "10001910", "FirstName": "Boris", "LastName": "Newman", "DOB": null, "Sex": null,
                   "Spouse": {"FirstName": null, "LastName": null}, "Address": {"StreetAddress": "1357 Amber Drive",
                   "City": "Beaverton", "State": "OR", "ZIP": "97006", "County": "Washington", "Country": "US"},
                   "PhoneNumber": {"Home": null, "Business": null}, "Type": null, "RelationToPatient": "Spouse",
                   "Employer": {"Name": null, "Address": {"StreetAddress": null, "City": null, "State": null, "ZIP": null,
                   "County": null, "Country": null}, "PhoneNumber": null}},
                  "Insurances": [], "Diagnoses": [], "Allergies": []}}
                """.formatted(event, STORE, id, STORE_AUTHORITY, street);
    }

    /** Redox's published Scheduling example (New, Modification, Reschedule, Cancel), Alice Newman as the patient. */
    private static String scheduling(String event, String facility, String visitNumber, Instant when) {
        return """
                {"Meta": {"DataModel": "Scheduling", "EventType": "%s", "EventDateTime": "2026-12-01T10:00:00.000Z", "Test": true,
                  "Source": {"ID": "7ce6f387-c33c-417d-8682-81e83628cbd9", "Name": "Redox Dev Tools"},
                  "Destinations": [{"ID": "af394f14-b34a-464f-8d24-895f370af4c9", "Name": "Crossway"}], "FacilityCode": "%s",
                  "Extensions": {"user-id": {"url": "https://api.redoxengine.com/extensions/user-id", "string": "dr.jones"},
                   "purpose-of-use": {"url": "https://api.redoxengine.com/extensions/purpose-of-use",
                    "coding": {"code": "TREATMENT", "display": "Treatment"}},
                   "organization-name": {"url": "https://api.redoxengine.com/extensions/organization-name", "string": "Crossway Test Clinic"},
                   "sender-organization-id": {"url": "https://api.redoxengine.com/extensions/sender-organization-id",
                    "string": "2.16.840.1.113883.3.9999.99"}}},
                 "Patient": {
                  "Identifiers": [{"ID": "0000000001", "IDType": "MR"}, {"ID": "e167267c-16c9-4fe3-96ae-9cff5703e90a", "IDType": "EHRID"},
                                  {"ID": "a1d4ee8aba494ca", "IDType": "NIST"}],
                  "Demographics": {"FirstName": "Alice", "MiddleName": null, "LastName": "Newman", "DOB": "1970-05-01", "SSN": null,
                   "Sex": "Female", "Race": "White", "IsHispanic": null, "Religion": null, "MaritalStatus": "Married",
                   "IsDeceased": false, "DeathDateTime": null, "PhoneNumber": {"Home": "555-723-1544", "Office": null, "Mobile": null},
                   "EmailAddresses": [], "Language": "en", "Citizenship": [],
                   "Address": {"StreetAddress": "1357 Amber Drive", "City": "Beaverton", "State": "OR", "ZIP": "97006",
                    "County": "Washington", "Country": "US"}},
                  "Notes": []},
                 "AppointmentInfo": [{"Code": "SCHED_TYPE", "Codeset": "Redox", "Description": "Appointment type", "Value": "Office Visit"}],
                 "Visit": {"VisitNumber": "%s", "AccountNumber": null, "VisitDateTime": "%s", "Duration": 15, "Status": "Scheduled",
                  "Reason": "Check up", "CancelReason": null, "Instructions": ["Bring your medications"],
                  "AttendingProvider": {"ID": "4356789876", "IDType": "NPI", "FirstName": "Pat", "LastName": "Granite",
                   "Credentials": ["MD"], "Address": {"StreetAddress": "123 Main St.", "City": "Madison", "State": "WI", "ZIP": "53703",
                   "County": "Dane", "Country": "USA"}, "Location": {"Type": null, "Facility": null, "Department": null, "Room": null},
                   "PhoneNumber": {"Office": "+16085551234"}},
                  "Location": {"Type": "Outpatient", "Facility": "Sandbox Clinic", "FacilityIdentifiers": [], "Department": "Primary Care",
                   "DepartmentIdentifiers": [], "Room": "136"},
                  "Diagnoses": [{"Code": "R07.0", "Codeset": "ICD-10", "Name": "Pain in throat", "Type": null}],
                  "Equipment": []}}
                """.formatted(event, facility, visitNumber, when);
    }

    /** Redox's published Organization.New (and Update) example: Directory, Action, one organization. */
    private static String organization(String event, String oid, String name, boolean active) {
        return """
                {"Meta": {"DataModel": "Organization", "EventType": "%s",
                  "Destinations": [{"ID": "a07afe3b-d247-4415-827f-6837707e1b8b", "Name": "Crossway"}]},
                 "Directory": "Carequality", "Action": "%s",
                 "Organizations": [%s]}
                """.formatted(event, "New".equals(event) ? "Create" : "Update", organizationEntry(oid, name, active));
    }

    private static String organizationEntry(String oid, String name, boolean active) {
        return """
                {"Name": "%s", "DestinationID": "5e3dc12b-3a04-438e-880d-a690639e629e", "Aliases": ["RSC"], "Active": %s,
                  "Identifiers": [{"ID": "%s", "IDType": "OID"}], "Type": {"System": null, "Value": "Facility"},
                  "PartOf": {"Identifier": {"Value": "2.16.840.1.113883.3.6147.458.2"}},
                  "Contacts": [{"Purpose": "Technical", "Name": "Crossway Support", "EmailAddresses": ["support@example.org"],
                                "PhoneNumber": {"Home": null, "Mobile": null, "Work": "+16085551234"}}],
                  "Address": {"StreetAddress": "1 Sandbox Way", "City": "Beaverton", "State": "OR", "ZIP": "97006",
                   "County": "Washington", "Country": "US"},
                  "Endpoints": [{"Name": "XCPD", "Address": "https://gw.example.org/xcpd", "MIMEType": "application/soap+xml",
                    "Attributes": {"Transaction": "XCPD ITI-55", "PurposeOfUse": [{"System": null, "Value": "TREATMENT"}]}}]}
                """.formatted(name, active, oid);
    }
}
