package dev.crossway.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sandbox network the initiator talks to: the responder's seeded communities, listed in the
 * directory with this server's own gateway endpoints over mutual TLS ({@link #GATEWAY_TLS}, reached
 * with the client certificate {@code ./crossway test} generates), trusting the initiator's signing
 * certificate (the file {@code ./crossway test} generates and names in {@code CROSSWAY_SIGNING_CERT}).
 */
public final class Sandbox {

    public static final List<String> COMMUNITIES = List.of("2.16.840.1.113883.3.9999.1.1", "2.16.840.1.113883.3.9999.1.2",
            "2.16.840.1.113883.3.9999.1.3");
    /** The node's HTTPS listener: what the sandbox communities' directory endpoints point at. */
    public static final URI GATEWAY_TLS = URI.create(System.getProperty("crossway.it.gateway-tls", "https://localhost:8443"));
    private static boolean ready;

    private Sandbox() {
    }

    public static synchronized void ready() throws IOException {
        if (ready) {
            return;
        }
        Api.Reply seeded = Api.post("admin/sandbox/seed", Tokens.admin(), "");
        assertThat(seeded.status()).as(seeded.body()).isEqualTo(200);
        String cert = System.getenv("CROSSWAY_SIGNING_CERT");
        assertThat(cert).as("CROSSWAY_SIGNING_CERT names the initiator's certificate").isNotBlank();
        Api.Reply trusted = Api.post("admin/trust-anchors?label=sandbox-initiator", Tokens.admin(),
                Files.readString(Path.of(cert)), "text/plain");
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);
        int n = 0;
        for (String hcid : COMMUNITIES) {
            n++;
            Api.Reply r = Api.post("Organization/New", Tokens.admin(), """
                    {"Organization": {"Name": "Sandbox community %d", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                     "Address": {"StreetAddress": "%d Sandbox Way", "City": "Beaverton", "State": "OR", "ZIP": "97006"},
                     "Endpoints": [
                      {"Transaction": "XCPD ITI-55", "Address": "%s", "PurposesOfUse": ["TREATMENT"]},
                      {"Transaction": "XCA ITI-38", "Address": "%s", "PurposesOfUse": ["TREATMENT"]},
                      {"Transaction": "XCA ITI-39", "Address": "%s", "PurposesOfUse": ["TREATMENT"]}]}}
                    """.formatted(n, hcid, n, GATEWAY_TLS.resolve(Gateway.XCPD), GATEWAY_TLS.resolve(Gateway.XCA_QUERY),
                    GATEWAY_TLS.resolve(Gateway.XCA_RETRIEVE)));
            assertThat(r.status()).as(r.body()).isIn(201, 400);
        }
        ready = true;
    }

    /** Alice Newman, the patient of the HL7 C-CDA examples, hosted in every sandbox community. */
    public static String alice() {
        return """
                "Patient": {"Demographics": {"FirstName": "Alice", "LastName": "Newman", "DOB": "1970-05-01", "Sex": "Female",
                  "Address": {"StreetAddress": "1357 Amber Drive", "City": "Beaverton", "State": "OR", "ZIP": "97006"},
                  "PhoneNumber": {"Home": "555-723-1544"}}}""";
    }

    public static String meta(String model, String event) {
        return """
                "Meta": {"DataModel": "%s", "EventType": "%s",
                  "Extensions": {"user-id": "dr.jones", "user-role": "112247003", "purpose-of-use": "TREATMENT",
                   "organization-name": "Crossway Test Clinic", "sender-organization-id": "2.16.840.1.113883.3.9999.99"}}"""
                .formatted(model, event);
    }

    public static String targets() {
        return "\"Targets\": {\"Organizations\": [" + String.join(",", COMMUNITIES.stream().map(c -> "{\"ID\": \"" + c + "\"}").toList()) + "]}";
    }
}
