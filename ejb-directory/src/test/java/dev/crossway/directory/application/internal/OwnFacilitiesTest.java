package dev.crossway.directory.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.crossway.directory.application.DirectoryPublishException;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.application.OrganizationNotFoundException;
import dev.crossway.directory.domain.AuditEvent;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.infrastructure.fhir.DirectoryEntryMapper;
import dev.crossway.directory.infrastructure.fhir.Fhir;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import dev.crossway.directory.infrastructure.persistence.JpaAuditTrail;
import dev.crossway.directory.infrastructure.persistence.JpaOrganizationRepository;
import dev.crossway.directory.infrastructure.persistence.JpaZipCentroidRepository;
import dev.crossway.directory.support.TestDatabase;
import dev.crossway.interop.id.Oid;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Own facilities against the real database: audit in the same transaction, nothing half-written, publish over HTTP. */
class OwnFacilitiesTest {

    private static final String OID = "2.16.840.1.113883.3.5555.1";

    @BeforeEach
    void empty() {
        TestDatabase.DB.emf();
        TestDatabase.ensureZipCentroids();
        TestDatabase.clear();
    }

    private static <T> T service(Function<OwnFacilityService, T> work) {
        return TestDatabase.DB.inTransaction(em -> work.apply(new OwnFacilityService(new JpaOrganizationRepository(em),
                new JpaZipCentroidRepository(em), new JpaAuditTrail(em), Clock.systemUTC())));
    }

    private static FacilityForm form(String name) {
        return new FacilityForm("urn:oid:" + OID, name, List.of("Main Campus"), "Facility", "1 Main St", "Apple River",
                "IL", "61001", "US", null, null, "2.16.840.1.113883.3.5555",
                List.of(new EndpointView("XCPD ITI-55", "https://gw.example.org/xcpd", List.of("TREATMENT"), List.of()),
                        new EndpointView("XCA ITI-38", "https://gw.example.org/xca/query", List.of("TREATMENT"), List.of())),
                List.of());
    }

    private static List<AuditEvent> audit() {
        return TestDatabase.DB.inTransaction(em -> new JpaAuditTrail(em).about(Oid.of(OID)));
    }

    @Test
    void createUpdateDeactivateEachAudited() {
        service(s -> s.create(form("River Clinic"), "alice"));
        assertThatThrownBy(() -> service(s -> s.create(form("Again"), "alice")))
                .isInstanceOf(DirectoryValidationException.class).hasMessageContaining("already exists");
        service(s -> s.update(OID, form("River Clinic North"), "bob"));
        Organization o = service(s -> s.deactivate(OID, "carol"));

        assertThat(o.isActive()).isFalse();
        assertThat(o.isOwn()).isTrue();
        assertThat(o.name()).isEqualTo("River Clinic North");
        assertThat(o.position()).get().extracting(p -> p.latitude()).isEqualTo(42.465834);
        assertThat(audit()).extracting(AuditEvent::action).containsExactly(
                AuditEvent.Action.CREATED, AuditEvent.Action.UPDATED, AuditEvent.Action.DEACTIVATED);
        assertThat(audit()).extracting(AuditEvent::actor).containsExactly("alice", "bob", "carol");
        assertThat(audit().get(1).summary()).contains("\"name\":\"River Clinic North\"").contains("XCA ITI-38");
    }

    @Test
    void invalidChangeWritesNothing() {
        service(s -> s.create(form("River Clinic"), "alice"));
        FacilityForm bad = new FacilityForm(OID, "Renamed", null, null, "1 Main St", "Apple River", "IL", "61001", null,
                null, null, null, List.of(new EndpointView("XCA ITI-39", "gopher://x", null, null)), null);
        assertThatThrownBy(() -> service(s -> s.update(OID, bad, "mallory")))
                .isInstanceOf(DirectoryValidationException.class);
        assertThat(service(s -> s.own(OID)).name()).isEqualTo("River Clinic");
        assertThat(audit()).hasSize(1);
        assertThatThrownBy(() -> service(s -> s.update("1.2.3.999", form("x"), "bob")))
                .isInstanceOf(OrganizationNotFoundException.class);
    }

    @Test
    void directoryOrganizationsCannotBeEdited() {
        TestDatabase.DB.execute(em -> new JpaOrganizationRepository(em).add(Organization.fromDirectory(new DirectoryEntry(
                Oid.of(OID), "From Directory", null, null, true, null, null, null, null, null, null, null))));
        assertThatThrownBy(() -> service(s -> s.deactivate(OID, "bob")))
                .isInstanceOf(DirectoryValidationException.class).hasMessageContaining("Carequality directory");
    }

    @Test
    void publishPutsTheSequoiaOrganizationWithTheApiKey() throws Exception {
        Organization own = service(s -> s.create(form("River Clinic"), "alice"));
        AtomicReference<String> path = new AtomicReference<>();
        AtomicReference<String> key = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir", x -> {
            path.set(x.getRequestMethod() + " " + x.getRequestURI().getPath());
            key.set(x.getRequestHeaders().getFirst("api-key"));
            body.set(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = key.get().equals("k1") ? 200 : 422;
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir/";
            FacilityPublisher publisher = new FacilityPublisher(LoopbackDirectory.client());
            publisher.publish(own, base, "k1");

            assertThat(path.get()).isEqualTo("PUT /fhir/Organization/" + OID);
            assertThat(key.get()).isEqualTo("k1");
            DirectoryEntry back = new DirectoryEntryMapper().map(Fhir.r4().newJsonParser()
                    .parseResource(org.hl7.fhir.r4.model.Organization.class, body.get()));
            assertThat(back.homeCommunityId().value()).isEqualTo(OID);
            assertThat(back.name()).isEqualTo("River Clinic");
            assertThat(back.aliases()).containsExactly("Main Campus");
            assertThat(back.partOf().value()).isEqualTo("2.16.840.1.113883.3.5555");
            assertThat(back.position().latitude()).isEqualTo(42.465834);
            assertThat(back.endpoints()).extracting(e -> e.transaction())
                    .containsExactly(EndpointTransaction.XCPD_ITI55, EndpointTransaction.XCA_ITI38);

            assertThatThrownBy(() -> publisher.publish(own, base, "bad"))
                    .isInstanceOf(DirectoryPublishException.class)
                    .satisfies(e -> assertThat(((DirectoryPublishException) e).status()).isEqualTo(422));
        } finally {
            server.stop(0);
        }
    }
}
