package dev.crossway.web.api.dto;

import java.time.Instant;
import java.util.List;

/**
 * One line of the accounting of disclosures, in either direction. {@code Direction}: Inbound (the
 * responder disclosed to a peer gateway) or Outbound (the initiator retrieved for a partner or a
 * portal user). {@code Client}: for Outbound the API client or portal user that asked, for Inbound
 * the peer's home community id. {@code Communities}: for Outbound those asked, for Inbound the
 * hosted community that answered. {@code Action}: PatientQuery, PatientSearch, DocumentQuery,
 * DocumentGet (Outbound) or ITI-55, ITI-38, ITI-39 (Inbound).
 */
public record AccountingEntryDto(String direction, Instant when, String action, String channel, String client,
                                 String user, String userRole, String organization, String purposeOfUse,
                                 List<String> patientIdentifiers, String demographicsDigest, List<String> communities,
                                 List<String> documents, String outcome, String detail, String recordId) {
}
