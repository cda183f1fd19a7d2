package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.AccessView;
import dev.crossway.responder.application.AuditView;
import dev.crossway.web.api.dto.AccountingEntryDto;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountingTest {

    private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void bothDirectionsMergeNewestFirstWithWhoWhatAndWhy() {
        AccountingEntryDto out = Accounting.outbound(new AccessView("a-1", T.plusSeconds(5), "PatientQuery", "API", "partner-a",
                "dr.who", "112247003", "2.16.9", "TREATMENT", null, List.of("7^^^&1.2.3&ISO"), List.of("2.16.1"),
                List.of("d1", "d2"), "Success", null));
        AccountingEntryDto in = Accounting.inbound(new AuditView(7, T, "ITI-55", "Dr Peer", "Peer Org", "2.16.5", "TREATMENT",
                "2.16.1", "7^^^&1.2.3&ISO", List.of(), "Success", "match", null, null));
        List<AccountingEntryDto> all = Accounting.merged(List.of(in), List.of(out));
        assertThat(all).extracting(AccountingEntryDto::direction).containsExactly("Outbound", "Inbound");
        assertThat(all.get(1).client()).isEqualTo("2.16.5");
        assertThat(all.get(1).user()).isEqualTo("Dr Peer");
        String csv = Accounting.csv(all);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("Direction,When,Action,Channel,Client,User,").contains("partner-a,dr.who,112247003,2.16.9,TREATMENT")
                .contains(",d1 d2,");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefusedAndSeparatorsAreQuoted() {
        assertThat(Accounting.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Accounting.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Accounting.cell("Smith, John")).isEqualTo("\"Smith, John\"");
        assertThat(Accounting.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(Accounting.cell(null)).isEmpty();
    }
}
