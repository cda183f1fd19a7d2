package dev.crossway.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;

/** Hosted communities, patients and documents set up through the public API. */
public final class Hosted {

    private Hosted() {
    }

    public static void community(String hcid, String name, String authority, String purposes) {
        Api.Reply r = Api.post("admin/communities", Tokens.admin(), """
                {"HomeCommunityId": "%s", "Name": "%s", "AssigningAuthority": "%s", "Mode": "Stored",
                 "PurposesOfUse": [%s]}""".formatted(hcid, name, authority, purposes));
        // 201 created, 200 when an earlier test (sharing the database) created it
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        assertThat(r.json().path("HomeCommunityId").asText()).isEqualTo(hcid);
    }

    /** The receiving community of the NIST XCPD sample request and the sample's patient. */
    public static final String NIST_COMMUNITY = "2.16.840.1.113883.3.72.6.1";
    public static final String NIST_AUTHORITY = "1.2.3.4.5.1000";

    /** Hosts the NIST sample's community and registers its patient, Daniel Evans (801), as the sample asks for him. */
    public static void nistPatient() {
        community(NIST_COMMUNITY, "NIST Sample Community", NIST_AUTHORITY, "\"TREATMENT\"");
        patient(NIST_COMMUNITY, "801", NIST_AUTHORITY, "Daniel", "Evans", "1957-04-23", "Male", "809 First Ave",
                "Springfield", "KY", "40090", "920-989-0987");
    }

    /** Registers Lou Grant, a patient of our own making, under {@code id} in {@code community}. */
    public static void louGrant(String community, String id, String authority) {
        patient(community, id, authority, "Lou", "Grant", "1950-03-14", "Male", "4410 Newsroom Blvd", "Minneapolis", "MN",
                "55401", "612-555-0147");
    }

    /** Registers a patient; NewPatient is idempotent, so an already registered one is fine (tests may share a database). */
    public static void patient(String community, String id, String authority, String first, String last, String dob,
                               String sex, String street, String city, String state, String zip, String phone) {
        Api.Reply r = Api.post("PatientAdmin/NewPatient", Tokens.partner(), """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}],
                  "Demographics": {"FirstName": "%s", "LastName": "%s", "DOB": "%s", "Sex": "%s",
                   "Address": {"StreetAddress": "%s", "City": "%s", "State": "%s", "ZIP": "%s"},
                   "PhoneNumber": {"Home": "%s"}}}}""".formatted(community, id, authority, first, last, dob, sex,
                street, city, state, zip, phone));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    /** Pushes a sample C-CDA for the patient; returns the document's unique id. */
    public static String document(String community, String id, String authority, String sample) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(Servers.shared().resolve(sample));
        Api.Reply r = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"DataModel": "ClinicalSummary", "EventType": "VisitPush", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                 "Document": {"FileType": "XML", "Data": "%s"}}""".formatted(community, id, authority,
                Base64.getEncoder().encodeToString(bytes)));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r.json().path("Document").path("ID").asText();
    }
}
