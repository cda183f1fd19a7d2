package dev.crossway.directory.infrastructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.Endpoint;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.directory.domain.OrganizationType;
import dev.crossway.testsupport.Shared;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DirectoryEntryMapperTest {

    private final BundleReader reader = new BundleReader();

    private DirectoryPage read(String file, String contentType) {
        return reader.read(reader.parse(Shared.bytes("samples/directory/" + file), contentType));
    }

    @Test
    void readsTheCurrentSequoiaR4Shape() {
        DirectoryPage page = read("sequoia-r4-searchset-example.json", "application/fhir+json");

        assertThat(page.errors()).isEmpty();
        assertThat(page.organizations()).isEqualTo(12);
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.hasNext()).isFalse();

        DirectoryEntry first = page.entries().get(0);
        assertThat(first.homeCommunityId().value()).isEqualTo("2.16.840.1.113883.3.9999.7.1");
        assertThat(first.name()).isEqualTo("Prairie Juniper Pediatrics");
        assertThat(first.type()).isEqualTo(OrganizationType.CONNECTION);
        assertThat(first.active()).isTrue();
        assertThat(first.address().street()).isEqualTo("9549 Cedar Ave");
        assertThat(first.address().city()).isNull();
        assertThat(first.address().state()).isEqualTo("IL");
        assertThat(first.address().zip()).isEqualTo("61001");
        assertThat(first.address().country()).isEqualTo("US");
        assertThat(first.position().latitude()).isEqualTo(42.465834);
        assertThat(first.position().longitude()).isEqualTo(-90.110222);
        assertThat(first.partOf()).isNull();
        assertThat(first.lastUpdated()).isEqualTo(Instant.parse("2026-09-11T12:00:00Z"));
        assertThat(first.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Prairie Juniper Pediatrics IT desk");
            assertThat(c.purpose()).isEqualTo("ADMIN");
            assertThat(c.phone()).isEqualTo("555-0156");
        });
        assertThat(first.endpoints()).extracting(Endpoint::transaction).containsExactly(
                EndpointTransaction.XCPD_ITI55, EndpointTransaction.XCA_ITI38, EndpointTransaction.XCA_ITI39);
        Endpoint xcpd = first.endpoints().get(0);
        assertThat(xcpd.url()).isEqualTo("https://gateway.example.org/2.16.840.1.113883.3.9999.7.1/xcpd");
        assertThat(xcpd.purposesOfUse().values()).containsExactly("TREATMENT", "PAYMENT", "OPERATIONS");

        DirectoryEntry sixth = page.entries().get(5);
        assertThat(sixth.name()).isEqualTo("Harbor Willow Health");
        assertThat(sixth.partOf().value()).isEqualTo("2.16.840.1.113883.3.9999.7.1");
        assertThat(sixth.address().zip()).isEqualTo("48367");
        assertThat(sixth.endpoints().get(1).purposesOfUse().values()).containsExactly("TREATMENT");
    }

    @Test
    void readsTheSequoia10JsonShape() {
        DirectoryPage page = read("connect-fhirJsonResponse.json", null);

        assertThat(page.errors()).isEmpty();
        assertThat(page.entries()).hasSize(2);
        DirectoryEntry org = page.entries().get(0);
        assertThat(org.homeCommunityId().value()).isEqualTo("2.16.840.1.113883.3.596");
        assertThat(org.name()).isEqualTo("TestOrg1");
        assertThat(org.active()).isTrue();
        assertThat(org.type()).isEqualTo(OrganizationType.IMPLEMENTER);
        assertThat(org.address().state()).isEqualTo("MD");
        assertThat(org.address().zip()).isEqualTo("111");
        assertThat(org.position()).isNull();
        assertThat(org.partOf()).isNull();
        assertThat(org.contacts()).hasSize(2);
        assertThat(org.contacts().get(0).name()).isEqualTo("Duncan, Jamie");
        assertThat(org.contacts().get(0).purpose()).isEqualTo("Systems Administrator");
        assertThat(org.contacts().get(0).email()).isEqualTo("jduncan@5amsolutions.com");
        assertThat(org.contacts().get(0).phone()).isEqualTo("804-571-0458");
        // PatientDiscovery, QueryForDocuments, RetrieveDocuments, "Query for Documents"; HIEM endpoints skipped
        assertThat(org.endpoints()).extracting(Endpoint::transaction).containsExactly(
                EndpointTransaction.XCPD_ITI55, EndpointTransaction.XCA_ITI38,
                EndpointTransaction.XCA_ITI39, EndpointTransaction.XCA_ITI38);
        assertThat(org.endpoints().get(0).url()).isEqualTo(
                "https://conformance1.5amsolutions.com:443/CONNECTGateway/NhinService/NhinPatientDiscovery");
        assertThat(org.endpoints().get(0).purposesOfUse().values()).containsExactly("TREATMENT");
        assertThat(org.endpoints().get(0).roles().values()).containsExactly("ALL");

        DirectoryEntry second = page.entries().get(1);
        assertThat(second.name()).isEqualTo("Conformance1-5AM");
        assertThat(second.type()).isNull();
    }

    @Test
    void readsTheSequoia10XmlShape() {
        DirectoryPage page = read("connect-fhirXmlResponse.xml", "application/fhir+xml");

        assertThat(page.errors()).isEmpty();
        assertThat(page.total()).isEqualTo(258);
        assertThat(page.entries()).extracting(DirectoryEntry::name).containsExactly("TestOrg1", "Conformance1-5AM");
        DirectoryEntry org = page.entries().get(1);
        assertThat(org.homeCommunityId().value()).isEqualTo("2.16.840.1.113883.3.596");
        assertThat(org.address().city()).isEqualTo("city");
        assertThat(org.endpoints()).extracting(Endpoint::transaction).contains(
                EndpointTransaction.XCPD_ITI55, EndpointTransaction.XCA_ITI38, EndpointTransaction.XCA_ITI39);
        assertThat(org.endpoints().get(0).url()).isEqualTo(
                "https://conformance2.5amsolutions.com/CONNECTGateway/NhinService/NhinPatientDiscovery");
    }
}
