package dev.crossway.responder.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.infrastructure.persistence.ModuleMigrations;
import dev.crossway.responder.support.TestDatabase;
import dev.crossway.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** V3 moves the blank-separated document lists written before it into the child table, whole and in order. */
class AuditMigrationTest {

    @Test
    void theDocumentListsWrittenBeforeTheChildTableMoveIntoItWholeAndInOrder() throws SQLException {
        String db = TestDatabase.DB.name() + "_v3";
        TestMariaDb.recreate(db);
        DataSource ds = TestMariaDb.dataSource(TestMariaDb.url(db), TestMariaDb.USER, TestMariaDb.PASSWORD);
        new ModuleMigrations("db/migration/responder", ResponderMigrations.HISTORY_TABLE,
                List.of("V1__responder.sql", "V2__trust_anchor_kind.sql")).migrate(ds, getClass().getClassLoader());
        List<String> docs = IntStream.range(0, 60).mapToObj(i -> "2.25." + (1_000_000_000L + i) + ".77").toList();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into audit_record (occurred_at, request_id, transaction_code, outcome, documents) values"
                    + " (now(), 'urn:uuid:old-1', 'ITI_39', 'SUCCESS', '" + String.join(" ", docs) + "'),"
                    + " (now(), 'urn:uuid:old-2', 'ITI_55', 'SUCCESS', null)");
        }
        ResponderMigrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> moved = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select d.document_unique_id from audit_record a join audit_record_document d"
                    + " on d.record_key = a.record_key where a.request_id = 'urn:uuid:old-1' order by d.position")) {
                while (rs.next()) {
                    moved.add(rs.getString(1));
                }
            }
            assertThat(moved).containsExactlyElementsOf(docs);
            try (ResultSet rs = s.executeQuery("select count(*), count(distinct record_key), min(message_id) from audit_record")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getInt(2)).isEqualTo(2);
                assertThat(rs.getString(3)).startsWith("urn:uuid:old-");
            }
        }
    }
}
