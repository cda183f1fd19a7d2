package dev.crossway.responder.domain.patient;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.MatchSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A candidate of the patient index as an XCPD match reads it: the demographics matching compares,
 * the patient's consent, and the id an answer names it by ({@link Patient#mainIdentifier}). Read
 * as a row, not as a {@link Patient} with its identifier and name-key collections: a cache miss
 * needs nothing else of it.
 */
public record MatchCandidate(long key, String firstName, String middleName, String lastName, LocalDate birthDate, Sex sex,
                             String street, String zip, String homePhone, String mobilePhone, boolean optedOut,
                             PatientId mainId) {

    public MatchCandidate {
        Objects.requireNonNull(mainId, "mainId");
    }

    /** The candidate of a loaded patient, named by its id under {@code authority}. */
    public static MatchCandidate of(Patient p, Oid authority) {
        PatientDemographics d = p.demographics();
        return new MatchCandidate(p.id() == null ? 0 : p.id(), d.firstName(), d.middleName(), d.lastName(), d.birthDate(),
                d.sex(), d.street(), d.zip(), d.homePhone(), d.mobilePhone(), p.isOptedOut(), p.mainIdentifier(authority));
    }

    /** As {@link Patient#toMatchSubject()}. */
    public MatchSubject toMatchSubject() {
        List<String> phones = new ArrayList<>(2);
        if (homePhone != null) {
            phones.add(homePhone);
        }
        if (mobilePhone != null) {
            phones.add(mobilePhone);
        }
        return new MatchSubject(key, firstName, middleName, lastName, birthDate, sex, street, zip, phones);
    }
}
