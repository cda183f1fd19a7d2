package dev.crossway.responder.domain.identity;

import java.util.List;

/**
 * A matched patient as the identity cache keeps it: everything the XCPD answer needs, so that a
 * cache hit is answered without touching the database. Plain strings only: the value crosses the
 * cluster and outlives this deployment's classes. {@code score} is -1 when the responder gave none;
 * {@code custodian} is the home community id a downstream gateway named as custodian (null: the
 * responding community), read back as null from entries cached before it existed.
 */
public record CachedPatient(String patientCx, List<String> otherCx, String given, String middle, String family,
                            String sexCode, String birthDate, String street, String city, String state, String zip,
                            List<String> phones, int score, String custodian) {

    public CachedPatient {
        otherCx = List.copyOf(otherCx);
        phones = List.copyOf(phones);
    }

    /** A patient of our own index: the responding community is the custodian. */
    public CachedPatient(String patientCx, List<String> otherCx, String given, String middle, String family,
                         String sexCode, String birthDate, String street, String city, String state, String zip,
                         List<String> phones, int score) {
        this(patientCx, otherCx, given, middle, family, sexCode, birthDate, street, city, state, zip, phones, score, null);
    }
}
