package dev.crossway.responder.application.internal;

import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.PatientStanding;
import dev.crossway.responder.domain.patient.PatientRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What of a stored-mode community's store is kept from the network, decided per document for one
 * request: a withdrawn document, a document of a patient who opted out of network disclosure
 * ("withheld by consent"), and a document whose confidentiality code is above normal unless the
 * community's confidentiality policy discloses it for the asserted purpose of use. A withheld
 * document is answered exactly as one that does not exist; only the audit record says why.
 */
final class Withholding {

    static final String BY_CONSENT = "withheld by consent";

    private final PatientRepository patients;
    private final Map<Long, Boolean> optedOut = new HashMap<>();

    /** One per request: a patient's consent is read once however many of its documents are asked for. */
    Withholding(PatientRepository patients) {
        this.patients = patients;
    }

    /** The consent of {@code patient}, as just read by the caller: not read again for its documents. */
    Withholding knowing(PatientStanding patient) {
        optedOut.put(patient.key(), patient.optedOut());
        return this;
    }

    /** Why {@code d} is withheld from a request made for {@code purpose}, or empty when it may be disclosed. */
    Optional<String> reason(HostedCommunity community, StoredDocument d, String purpose) {
        if (d.isWithdrawn()) {
            return Optional.of("withdrawn");
        }
        if (optedOut.computeIfAbsent(d.patientKey(), k -> patients.standingByKey(k).map(PatientStanding::optedOut).orElse(false))) {
            return Optional.of(BY_CONSENT);
        }
        if (!community.confidentiality().discloses(d.confidentiality(), purpose)) {
            return Optional.of(confidentiality(d.confidentiality(), purpose));
        }
        return Optional.empty();
    }

    static String confidentiality(String code, String purpose) {
        return "withheld by confidentiality: code " + code + " is not disclosed for purpose of use "
                + (purpose == null ? "(none)" : purpose);
    }

    /** The documents of {@code found} that may be disclosed; the others' reasons are added to {@code withheld}. */
    List<StoredDocument> disclosable(HostedCommunity community, List<StoredDocument> found, String purpose,
                                     Map<String, List<String>> withheld) {
        return found.stream().filter(d -> {
            Optional<String> why = reason(community, d, purpose);
            why.ifPresent(w -> withheld.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(d.uniqueId().value()));
            return why.isEmpty();
        }).toList();
    }

    /** "2 withheld by consent; 1 withdrawn", or empty. */
    static String describe(Map<String, List<String>> withheld) {
        return String.join("; ", withheld.entrySet().stream().map(e -> e.getValue().size() + " document(s) " + e.getKey()
                + " (" + String.join(" ", e.getValue()) + ")").toList());
    }
}
