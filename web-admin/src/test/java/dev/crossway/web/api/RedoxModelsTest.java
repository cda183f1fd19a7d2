package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.SectionSummary;
import dev.crossway.testsupport.RedoxShapes;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.OrganizationMessageDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redox's published shapes of VisitQueryResponse and Organization.New, checked on the JSON: the key
 * lists are our own constants (names and nesting only; sources in docs/decisions/redox-data-models.md).
 */
class RedoxModelsTest {

    @Test
    void aVisitQueryResponseWithoutADocumentHasEveryKeyOfRedoxsShape() {
        JsonNode json = JsonConfiguration.MAPPER.valueToTree(VisitSummaryAssembler.empty(
                MetaDto.reply(null, DataModel.CLINICAL_SUMMARY.redoxName(), "VisitQueryResponse"), null));
        assertThat(keys(json)).containsAll(RedoxShapes.VISIT_QUERY_RESPONSE);
        assertThat(json.path("Meta").path("EventType").asText()).isEqualTo("VisitQueryResponse");
        assertThat(json.path("Meta").path("DataModel").asText()).isEqualTo("Clinical Summary");
        assertThat(json.path("Header").isNull()).isTrue();
        assertThat(json.path("Assessment").path("Diagnoses").isArray()).isTrue();
        assertThat(json.path("FunctionalStatus").has("Observations")).isTrue();
        assertThat(json.path("Procedures").has("Services")).isTrue();
        assertThat(json.path("ReasonForVisitText").isNull()).isTrue();
    }

    @Test
    void visitNarrativesAreReadFromTheSectionsByTheirLoincCode() {
        var texts = VisitSummaryAssembler.narratives(List.of(
                section("29299-5", "Follow-up of hypertension"),
                section("46239-0", "Chest pain"),
                section("10164-2", "Two days of chest pain"),
                section("99999-9", "not a visit section")));
        assertThat(texts.get(VisitSummaryAssembler.Narrative.REASON_FOR_VISIT)).isEqualTo("Follow-up of hypertension\n\nChest pain");
        assertThat(texts.get(VisitSummaryAssembler.Narrative.CHIEF_COMPLAINT)).isEqualTo("Chest pain");
        assertThat(texts.get(VisitSummaryAssembler.Narrative.HISTORY_OF_PRESENT_ILLNESS)).isEqualTo("Two days of chest pain");
        assertThat(texts).hasSize(3);
    }

    @Test
    void theVisitIsTheMostRecentXmlDocumentCreatedInTheTimeAskedFor() {
        DocumentRef old = doc("1.2.3.1", "2012-09-12T00:00:00Z", "text/xml");
        DocumentRef recent = doc("1.2.3.2", "2015-06-22T00:00:00Z", "text/xml");
        DocumentRef pdf = doc("1.2.3.3", "2016-01-01T00:00:00Z", "application/pdf");
        List<DocumentRef> listed = List.of(old, recent, pdf);
        assertThat(VisitQueryResource.mostRecentSummary(listed, null, null)).contains(recent);
        assertThat(VisitQueryResource.mostRecentSummary(listed, Instant.parse("2012-01-01T00:00:00Z"),
                Instant.parse("2013-01-01T00:00:00Z"))).contains(old);
        assertThat(VisitQueryResource.mostRecentSummary(listed, Instant.parse("2020-01-01T00:00:00Z"), null)).isEmpty();
        assertThat(VisitSummaryAssembler.within("20120912", Instant.parse("2012-09-01T00:00:00Z"), Instant.parse("2012-09-30T00:00:00Z")))
                .isTrue();
        assertThat(VisitSummaryAssembler.within("2015-06-22T10:00:00-05:00", null, Instant.parse("2015-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void visitTimesAreIsoInstantsOrDaysAndAnythingElseIsRefusedNamingTheField() {
        assertThat(Requests.instant("2017-04-30T19:25:08.415+08:00", "Visit.StartDateTime"))
                .isEqualTo(Instant.parse("2017-04-30T11:25:08.415Z"));
        assertThat(Requests.instant("2005-02-21", "Visit.StartDateTime")).isEqualTo(Instant.parse("2005-02-21T00:00:00Z"));
        assertThat(Requests.instant(null, "Visit.EndDateTime")).isNull();
        assertThatThrownBy(() -> Requests.instant("last week", "Visit.EndDateTime"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Visit.EndDateTime");
    }

    @Test
    void redoxsOrganizationNewIsReadIntoAFacility() throws Exception {
        OrganizationMessageDto m = JsonConfiguration.MAPPER.readValue("""
                {"Meta": {"DataModel": "Organization", "EventType": "New", "Destinations": [{"ID": "a07afe3b-d247-4415-827f-6837707e1b8b"}]},
                 "Directory": "Carequality", "Action": "Create",
                 "Organizations": [{"Name": "Lakeshore Clinic", "DestinationID": "5e3dc12b-3a04-438e-880d-a690639e629e",
                   "Aliases": ["Lakeshore"], "Active": true, "Identifiers": [{"ID": "2.16.840.1.113883.3.8888.7", "IDType": "OID"}],
                   "Type": {"System": "urn:example", "Value": "Facility"},
                   "PartOf": {"Identifier": {"Value": "2.16.840.1.113883.3.8888"}},
                   "Contacts": [{"Purpose": "Technical", "Name": "Support", "EmailAddresses": ["support@example.org"],
                                 "PhoneNumber": {"Work": "+16085551234"}}],
                   "Address": {"StreetAddress": "1 Lake St", "City": "Milwaukee", "State": "WI", "ZIP": "53202", "County": "Milwaukee"},
                   "Endpoints": [{"Name": "XCPD", "Address": "https://gw.example.org/xcpd", "MIMEType": "application/soap+xml",
                     "Attributes": {"Transaction": "XCPD ITI-55", "PurposeOfUse": [{"System": "urn:example", "Value": "TREATMENT"}]}}]}]}
                """, OrganizationMessageDto.class);
        assertThat(m.all()).hasSize(1);
        FacilityForm f = OrganizationAssembler.toForm(m.all().get(0));
        assertThat(f.oid()).isEqualTo("2.16.840.1.113883.3.8888.7");
        assertThat(f.type()).isEqualTo("Facility");
        assertThat(f.partOf()).isEqualTo("2.16.840.1.113883.3.8888");
        assertThat(f.contacts().get(0).email()).isEqualTo("support@example.org");
        assertThat(f.contacts().get(0).phone()).isEqualTo("+16085551234");
        assertThat(f.endpoints().get(0).transaction()).isEqualTo("XCPD ITI-55");
        assertThat(f.endpoints().get(0).purposesOfUse()).containsExactly("TREATMENT");

        OrganizationMessageDto crossways = JsonConfiguration.MAPPER.readValue("""
                {"Organization": {"Name": "X", "Type": "Facility", "Identifiers": [{"ID": "1.2.3", "IDType": "OID"}],
                 "Endpoints": [{"Transaction": "XCA ITI-38", "Address": "https://x", "PurposesOfUse": ["TREATMENT"]}]}}
                """, OrganizationMessageDto.class);
        FacilityForm g = OrganizationAssembler.toForm(crossways.all().get(0));
        assertThat(g.type()).isEqualTo("Facility");
        assertThat(g.endpoints().get(0).transaction()).isEqualTo("XCA ITI-38");
    }

    @Test
    void redoxsOrganizationQueryKeysAreTheSearchCriteria() throws Exception {
        var q = JsonConfiguration.MAPPER.readValue("""
                {"Meta": {"DataModel": "Organization", "EventType": "Query"}, "Directory": "Carequality", "Active": true,
                 "NameSearch": {"SearchType": "Contains", "Value": "Sandbox"}, "State": "OR",
                 "RadiusSearch": {"Radius": "25", "ZipCode": "97006"}, "Index": "10", "Limit": "5",
                 "Identifier": {"ID": "2.16.840.1.113883.3.9999.1.1", "IDType": "OID"}}
                """, dev.crossway.web.api.dto.OrganizationQueryDto.class);
        var search = OrganizationAssembler.toSearch(q);
        assertThat(search.name()).isEqualTo("Sandbox");
        assertThat(search.state()).isEqualTo("OR");
        assertThat(search.identifier()).isEqualTo("2.16.840.1.113883.3.9999.1.1");
        assertThat(search.active()).isTrue();
        assertThat(search.radiusMiles()).isEqualTo(25.0);
        assertThat(search.radiusZip()).isEqualTo("97006");
        assertThat(search.offset()).isEqualTo(10);
        assertThat(search.count()).isEqualTo(5);
        var bad = JsonConfiguration.MAPPER.readValue("{\"Limit\": \"many\"}", dev.crossway.web.api.dto.OrganizationQueryDto.class);
        assertThatThrownBy(() -> OrganizationAssembler.toSearch(bad)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Limit");
    }

    @Test
    void identifiersLabelledByKindAreSkippedAndOneUnderAnAuthorityIsRequiredWhereNeeded() {
        var mixed = new dev.crossway.web.api.dto.PatientDto(List.of(new dev.crossway.web.api.dto.IdentifierDto("0000000001", "MR"),
                new dev.crossway.web.api.dto.IdentifierDto("1000-1", "2.16.840.1.113883.3.9999.1.1")), null);
        assertThat(Requests.patientIdsUnderAuthority(mixed, "Patient.Identifiers", true)).singleElement()
                .satisfies(id -> assertThat(id.value()).isEqualTo("1000-1"));
        var labelsOnly = new dev.crossway.web.api.dto.PatientDto(List.of(new dev.crossway.web.api.dto.IdentifierDto("0000000001", "MR")), null);
        assertThat(Requests.patientIdsUnderAuthority(labelsOnly, "Patient.Identifiers", false)).isEmpty();
        assertThatThrownBy(() -> Requests.patientIdsUnderAuthority(labelsOnly, "Patient.Identifiers", true))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("OID");
    }

    private static SectionSummary section(String loinc, String text) {
        return new SectionSummary("Other", List.of(), new Code(loinc, "2.16.840.1.113883.6.1", "LOINC", null), null, false, null, 0, text);
    }

    private static DocumentRef doc(String id, String time, String mime) {
        return new DocumentRef(id, "1.2.3", "1.2.3", "Summary", "34133-9^^2.16.840.1.113883.6.1", "Summary", Instant.parse(time), mime,
                "Approved", -1);
    }

    private static List<String> keys(JsonNode json) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
