package dev.crossway.web.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossway.initiator.application.CallRecord;
import dev.crossway.initiator.application.EndpointSettings;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.VolumeBucket;
import dev.crossway.web.api.JsonConfiguration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The administration answers that used to be the application's records serialised as they were
 * now go through dto/ records: the JSON must be the same, byte for byte.
 */
class AdminDtoShapesTest {

    private static final ObjectMapper JSON = JsonConfiguration.MAPPER;
    private static final Instant AT = Instant.parse("2026-12-05T10:15:30.123Z");

    @Test
    void endpointAnswersAreWrittenAsBefore() throws JsonProcessingException {
        EndpointStats stats = new EndpointStats("https://x.example/xcpd", 10, 8, 1, 1, 0.8, 120, 300, 900,
                List.of("timeout", "HTTP 500"), "Closed");
        assertSame(stats, EndpointStatsDto.of(stats));
        CallRecord call = new CallRecord("https://x.example/xcpd", "XCPD ITI-55", "1.2.3", AT, 212, CallRecord.FAILURE, 0, null);
        assertSame(call, CallRecordDto.of(call));
        EndpointSettings settings = new EndpointSettings("https://x.example/xcpd", 10, "RSA_SHA256", true, false, 30, null, 90, 4);
        assertSame(settings, EndpointSettingsDto.of(settings));
    }

    @Test
    void endpointSettingsReadAsBefore() throws JsonProcessingException {
        String body = "{\"Url\":\"https://x.example/xcpd\",\"DocumentsPerRetrieve\":20,\"SignatureAlgorithm\":\"RSA_SHA1\","
                + "\"UrnOidPrefix\":false,\"Mtom\":true,\"XcpdTimeoutSeconds\":15,\"MaxConcurrency\":2}";
        assertThat(JSON.readValue(body, EndpointSettingsDto.class).toSettings()).isEqualTo(JSON.readValue(body, EndpointSettings.class));
    }

    @Test
    void communitiesAreWrittenAndReadAsBefore() throws JsonProcessingException {
        CommunityView gateway = new CommunityView("1.2.3", "Gateway Clinic", "1.2.3.1", "Gateway", List.of("TREATMENT"),
                new DownstreamEndpoints("https://g.example/xcpd", "https://g.example/q", "https://g.example/r"), null, AT,
                List.of("TREATMENT"), List.of());
        assertSame(gateway, CommunityDto.of(gateway));
        CommunityView stored = new CommunityView("1.2.4", "Stored Clinic", "1.2.4.1", "Stored", List.of(), null, "1.2.4.9", AT,
                null, null);
        assertSame(stored, CommunityDto.of(stored));

        for (String body : List.of("{\"HomeCommunityId\":\"1.2.3\",\"Name\":\"G\",\"Mode\":\"Gateway\",\"PurposesOfUse\":[\"TREATMENT\"],"
                + "\"Downstream\":{\"Xcpd\":\"https://g.example/xcpd\"},\"RestrictedPurposesOfUse\":[\"TREATMENT\"]}",
                "{\"Name\":\"S\"}")) {
            assertThat(JSON.readValue(body, CommunityDto.FormDto.class).toForm()).isEqualTo(JSON.readValue(body, CommunityForm.class));
        }
    }

    @Test
    void auditAnswersAreWrittenAsBefore() throws JsonProcessingException {
        AuditView a = new AuditView(7, AT, "ITI-38", "CN=peer", "Peer Org", "urn:oid:1.2.9", "TREATMENT", "1.2.3",
                "P-1^^^&1.2.3.1&ISO", List.of("1.2.3.4.5"), "Success", null, "10.0.0.8", "CN=peer, O=Peer");
        assertSame(a, AuditRecordDto.of(a));
        VolumeBucket b = new VolumeBucket(AT, 12, 4, 5, 3);
        assertSame(b, VolumeBucketDto.of(b));
    }

    @Test
    void countsHaveTheirKeys() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(new CountsDto.IdentityCacheDto(3, 1, 2))).isEqualTo("{\"Hits\":3,\"Misses\":1,\"Size\":2}");
        assertThat(JSON.writeValueAsString(new CountsDto.SandboxSeededDto(4))).isEqualTo("{\"Communities\":4}");
        assertThat(JSON.writeValueAsString(new CountsDto.ZipCentroidsLoadedDto(10, 33000))).isEqualTo("{\"Loaded\":10,\"Total\":33000}");
    }

    private static void assertSame(Object applicationRecord, Object dto) throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(dto)).isEqualTo(JSON.writeValueAsString(applicationRecord));
    }
}
