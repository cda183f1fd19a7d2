package dev.crossway.web.api;

import dev.crossway.initiator.application.AccessView;
import dev.crossway.responder.application.AuditView;
import dev.crossway.web.api.dto.AccountingEntryDto;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The accounting of disclosures across both gateways: the responder's disclosures and the
 * initiator's retrievals, as one list, newest first, and as CSV.
 */
public final class Accounting {

    static final String INBOUND = "Inbound";
    static final String OUTBOUND = "Outbound";
    static final List<String> CSV_COLUMNS = List.of("Direction", "When", "Action", "Channel", "Client", "User", "UserRole",
            "Organization", "PurposeOfUse", "PatientIdentifiers", "DemographicsDigest", "Communities", "Documents",
            "Outcome", "Detail", "RecordId");

    private Accounting() {
    }

    public static AccountingEntryDto outbound(AccessView a) {
        return new AccountingEntryDto(OUTBOUND, a.at(), a.action(), a.channel(), a.client(), a.userId(), a.userRole(),
                a.organizationId(), a.purposeOfUse(), a.patientIdentifiers(), a.demographicsDigest(), a.communities(),
                a.documents(), a.outcome(), a.detail(), a.id());
    }

    public static AccountingEntryDto inbound(AuditView a) {
        return new AccountingEntryDto(INBOUND, a.at(), a.transaction(), "Gateway", a.initiatorHomeCommunityId(),
                a.initiatorSubject(), null, a.initiatorOrganization(), a.purposeOfUse(),
                a.patient() == null ? List.of() : List.of(a.patient()), null,
                a.communityHcid() == null ? List.of() : List.of(a.communityHcid()), a.documents(), a.outcome(), a.detail(),
                String.valueOf(a.id()));
    }

    public static List<AccountingEntryDto> merged(List<AccountingEntryDto> inbound, List<AccountingEntryDto> outbound) {
        List<AccountingEntryDto> all = new ArrayList<>(inbound);
        all.addAll(outbound);
        all.sort(Comparator.comparing(AccountingEntryDto::when).reversed());
        return all;
    }

    /** RFC 4180 CSV, one line per entry; lists blank-separated within their cell. */
    public static String csv(List<AccountingEntryDto> entries) {
        StringBuilder b = new StringBuilder();
        line(b, CSV_COLUMNS);
        for (AccountingEntryDto e : entries) {
            line(b, java.util.Arrays.asList(e.direction(), String.valueOf(e.when()), e.action(), e.channel(), e.client(),
                    e.user(), e.userRole(), e.organization(), e.purposeOfUse(), String.join(" ", e.patientIdentifiers()),
                    e.demographicsDigest(), String.join(" ", e.communities()), String.join(" ", e.documents()), e.outcome(),
                    e.detail(), e.recordId()));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /**
     * Quoted when needed; a value a spreadsheet would take for a formula (it starts with =, +, -, @,
     * tab or carriage return: the peer's subject name, a detail, are strangers' text) gets a
     * leading apostrophe, as OWASP's CSV-injection advice says.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
