package dev.crossway.initiator.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
import dev.crossway.initiator.domain.audit.DemographicsDigest;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import dev.crossway.initiator.support.TestDatabase;
import dev.crossway.testsupport.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The initiator's audit trail against the real MariaDB, schema from the Flyway migrations. */
class JdbcAccessTrailTest {

    private static MigratedDatabase db;
    private static final String PATIENT = "4711^^^&1.2.3.4&ISO";

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh("initiator");
    }

    @Test
    void anAccessIsReadBackWithEveryIdentifierCommunityAndDocumentWhateverTheirNumber() throws SQLException {
        List<String> documents = IntStream.range(0, 400).mapToObj(i -> "1.2.3.4.5.6.7.8.9.10." + i + "." + UUID.randomUUID()).toList();
        String patient = "q-" + UUID.randomUUID() + "^^^&1.2.3.4&ISO";
        OutboundAccess query = access(AccessAction.PATIENT_QUERY, List.of(patient), List.of("2.16.1", "2.16.2"), documents);
        try (Connection c = connection()) {
            new JdbcAccessTrail(c).appendAll(List.of(query, access(AccessAction.PATIENT_SEARCH, List.of("1^^^&9.9&ISO"),
                    List.of("2.16.3"), List.of())));
            List<OutboundAccess> about = new JdbcAccessTrail(c).about(patient, null, null, 100, 0);
            assertThat(about).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(query.id());
                assertThat(a.client()).isEqualTo("partner-a");
                assertThat(a.userId()).isEqualTo("dr.who");
                assertThat(a.purposeOfUse()).isEqualTo("TREATMENT");
                assertThat(a.communities()).containsExactly("2.16.1", "2.16.2");
                assertThat(a.documents()).containsExactlyElementsOf(documents);
                assertThat(a.at()).isEqualTo(query.at());
            });
        }
    }

    @Test
    void aPatientIsFoundByTheDigestOfItsDemographicsAndItsRetrievalsByTheDocumentsListedForIt() throws SQLException {
        String patient = "p-" + UUID.randomUUID() + "^^^&1.2.3.4&ISO";
        String digest = DemographicsDigest.of("Smith", "Ann", LocalDate.of(1970, 1, 2), "Female", "12345");
        OutboundAccess listed = new OutboundAccess(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                AccessAction.DOCUMENT_QUERY, "API", "partner-a", "dr.who", "112247003", "2.16.9", "TREATMENT", digest,
                List.of(patient), List.of("2.16.1"), List.of("doc-" + patient), AccessOutcome.SUCCESS, null);
        OutboundAccess viewed = access(AccessAction.DOCUMENT_GET, List.of(), List.of("2.16.1"), List.of("doc-" + patient));
        try (Connection c = connection()) {
            new JdbcAccessTrail(c).appendAll(List.of(listed, viewed));
            assertThat(new JdbcAccessTrail(c).about(patient, null, null, 100, 0)).extracting(OutboundAccess::id)
                    .containsExactlyInAnyOrder(listed.id(), viewed.id());
            assertThat(new JdbcAccessTrail(c).about(digest, null, null, 100, 0)).extracting(OutboundAccess::id)
                    .contains(listed.id()).doesNotContain(viewed.id());
        }
    }

    @Test
    void theTrailRefusesUpdateAndDeleteWhoeverAsks() throws SQLException {
        OutboundAccess a = access(AccessAction.DOCUMENT_GET, List.of(PATIENT), List.of("2.16.1"), List.of("d1"));
        try (Connection c = connection(); Statement s = c.createStatement()) {
            new JdbcAccessTrail(c).appendAll(List.of(a));
            assertThatThrownBy(() -> s.executeUpdate("update initiator_audit_access set client = 'x' where id = '" + a.id() + "'"))
                    .hasMessageContaining("insert-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from initiator_audit_access where id = '" + a.id() + "'"))
                    .hasMessageContaining("insert-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from initiator_audit_item where access_id = '" + a.id() + "'"))
                    .hasMessageContaining("insert-only");
            assertThatThrownBy(() -> s.executeUpdate("update initiator_audit_item set value = 'x' where access_id = '" + a.id() + "'"))
                    .hasMessageContaining("insert-only");
        }
    }

    @Test
    void theDigestIgnoresCaseAccentsAndPunctuationButNotTheBirthDate() {
        String a = DemographicsDigest.of("  Müller-Lüdenscheidt ", "josé", LocalDate.of(1970, 1, 2), "female", "12345-6789");
        assertThat(a).isEqualTo(DemographicsDigest.of("MULLER LUDENSCHEIDT", "Jose", LocalDate.of(1970, 1, 2), "F", "12345"))
                .matches("[0-9a-f]{64}");
        assertThat(a).isNotEqualTo(DemographicsDigest.of("Muller Ludenscheidt", "Jose", LocalDate.of(1970, 1, 3), "F", "12345"));
        assertThat(DemographicsDigest.looksLikeDigest(a)).isTrue();
        assertThat(DemographicsDigest.looksLikeDigest(PATIENT)).isFalse();
    }

    @Test
    void withTheAtnaExportOnTheSiemsMessagesAreWrittenInTheAuditRecordsOwnTransaction() throws SQLException {
        AtnaSettings off = AtnaSettings.current();
        AtnaSettings.use(new AtnaSettings(true, AtnaSettings.Transport.TLS, "siem.invalid", 6514, null, null, null, null,
                "crossway@test", null, "test-host", "crossway", 10, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(5)));
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("delete from atna_outbox");
            OutboundAccess query = access(AccessAction.PATIENT_QUERY, List.of(PATIENT), List.of("2.16.1", "2.16.2"), List.of("d1"));
            c.setAutoCommit(false);
            new JdbcAccessTrail(c).appendAll(List.of(query));
            c.rollback();
            assertThat(count(s, "select count(*) from atna_outbox")).as("rolled back with the record").isZero();
            new JdbcAccessTrail(c).appendAll(List.of(query));
            c.commit();
            // one ITI-55 Query per community asked, one ITI-39 Import for the documents retrieved
            assertThat(count(s, "select count(*) from atna_outbox where message like '%csd-code=\"110112\"%ITI-55%'")).isEqualTo(2);
            assertThat(count(s, "select count(*) from atna_outbox where message like '%csd-code=\"110107\"%'")).isEqualTo(1);
            assertThat(count(s, "select count(*) from atna_outbox where message like '%SMITH%'")).isZero();
        } finally {
            AtnaSettings.use(off);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static OutboundAccess access(AccessAction action, List<String> patients, List<String> communities, List<String> documents) {
        return new OutboundAccess(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MICROS), action, "API",
                "partner-a", "dr.who", "112247003", "2.16.840.1.113883.3.9999.1", "TREATMENT", null, patients, communities,
                documents, AccessOutcome.SUCCESS, null);
    }

    private static Connection connection() throws SQLException {
        return db.connection();
    }

    private static DataSource dataSource() {
        return db.dataSource();
    }
}
