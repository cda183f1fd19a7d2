package dev.crossway.directory.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.OrganizationType;
import dev.crossway.interop.id.Oid;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacilityFormValidatorTest {

    private final FacilityFormValidator validator = new FacilityFormValidator(
            zip -> zip.equals("61001") ? Optional.of(new GeoPoint(42.465834, -90.110222)) : Optional.empty());

    static FacilityForm form(String oid, String name, String street, String zip, List<EndpointView> endpoints) {
        return new FacilityForm(oid, name, List.of("Alias One", " "), null, street, "Apple River", "il", zip, null,
                null, null, null, endpoints, List.of());
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (DirectoryValidationException e) {
            return e.field() + (e.index() == null ? "" : "[" + e.index() + "]");
        }
        throw new AssertionError("no validation error");
    }

    @Test
    void validFormBecomesAnEntryPlacedAtItsZip() {
        DirectoryEntry e = validator.validate(Oid.of("1.2.3.4"), form("1.2.3.4", " Clinic ", "1 Main St", "61001-0001",
                List.of(new EndpointView("XCPD ITI-55", "https://gw.example.org/xcpd", List.of("treatment"), null))));
        assertThat(e.name()).isEqualTo("Clinic");
        assertThat(e.aliases()).containsExactly("Alias One");
        assertThat(e.type()).isEqualTo(OrganizationType.FACILITY);
        assertThat(e.address().state()).isEqualTo("IL");
        assertThat(e.address().country()).isEqualTo("US");
        assertThat(e.position()).isEqualTo(new GeoPoint(42.465834, -90.110222));
        assertThat(e.endpoints()).singleElement().satisfies(ep -> {
            assertThat(ep.transaction()).isEqualTo(EndpointTransaction.XCPD_ITI55);
            assertThat(ep.purposesOfUse().values()).containsExactly("TREATMENT");
        });
    }

    @Test
    void namesTheFieldOfTheFirstProblem() {
        Oid oid = Oid.of("1.2.3.4");
        assertThat(field(() -> FacilityFormValidator.oid("1.2.x"))).isEqualTo("ORGANIZATION_OID");
        assertThat(field(() -> FacilityFormValidator.oid(null))).isEqualTo("ORGANIZATION_OID");
        assertThat(field(() -> validator.validate(oid, form("1.2.3.4", "", "1 Main", "61001", List.of()))))
                .isEqualTo("ORGANIZATION_NAME");
        assertThat(field(() -> validator.validate(oid, form("1.2.3.4", "A", null, "61001", List.of()))))
                .isEqualTo("ORGANIZATION_STREET");
        assertThat(field(() -> validator.validate(oid, form("1.2.3.4", "A", "1 Main", " ", List.of()))))
                .isEqualTo("ORGANIZATION_ZIP");
        assertThat(field(() -> validator.validate(oid, form("1.2.3.4", "A", "1 Main", "61001",
                List.of(new EndpointView("XDR", "https://x.example.org", null, null))))))
                .isEqualTo("ENDPOINT_TRANSACTION[0]");
        assertThat(field(() -> validator.validate(oid, form("1.2.3.4", "A", "1 Main", "61001",
                List.of(new EndpointView("XCA ITI-38", "ftp://x.example.org", null, null))))))
                .isEqualTo("ENDPOINT_URL[0]");
        assertThatThrownBy(() -> validator.validate(oid, form("1.2.3.4", "A", "1 Main", "61001",
                List.of(new EndpointView("XCA ITI-38", "not a url", null, null)))))
                .hasMessageContaining("not an http(s) URL");
    }
}
