package dev.crossway.directory.infrastructure.atna;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one ATNA audit message says, in the terms of the IHE ITI TF-2 audit sections for ITI-55,
 * ITI-38 and ITI-39: which gateway (initiating or responding) did which transaction, when, with
 * what outcome; the source and destination systems; the human requestor from the assertion; the
 * patient(s), the query and the documents.
 *
 * @param requestor   the initiating gateway: for the initiator Crossway itself, for the responder the peer
 * @param responder   the responding gateway: for the initiator the community asked, for the responder Crossway
 *                    (the message makes the requestor the Source and the responder the Destination of a
 *                    query, and the other way round for a retrieve, where the data flows back)
 * @param queryId     the query's id (ITI-55: the message id; ITI-38: the stored query id), null for a retrieve
 */
public record AtnaEvent(
        Side side,
        String transaction,
        Instant at,
        Outcome outcome,
        String outcomeDescription,
        String purposeOfUse,
        Participant requestor,
        Participant responder,
        Participant human,
        String humanRole,
        List<String> patients,
        String queryId,
        String homeCommunityId,
        List<String> documents) {

    /** Which gateway writes the message. */
    public enum Side { INITIATOR, RESPONDER }

    /** DICOM EventOutcomeIndicator: 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
    public enum Outcome {
        SUCCESS("0"), MINOR_FAILURE("4"), SERIOUS_FAILURE("8"), MAJOR_FAILURE("12");

        final String code;

        Outcome(String code) {
            this.code = code;
        }
    }

    /** A system or a person taking part: user id, and (for a system) its network address. */
    public record Participant(String userId, String userName, String address) {
    }

    public AtnaEvent {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        patients = patients == null ? List.of() : List.copyOf(patients);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
