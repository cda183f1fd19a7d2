package dev.crossway.responder.domain.identity;

import java.io.Serializable;
import java.util.List;

/**
 * A matched patient as the identity cache keeps it: everything the XCPD answer needs, so that a
 * cache hit is answered without touching the database. Plain strings only: the value crosses the
 * cluster and outlives this deployment's classes.
 */
public record CachedPatient(String patientCx, List<String> otherCx, String given, String middle, String family,
                            String sexCode, String birthDate, String street, String city, String state, String zip,
                            List<String> phones, int score) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CachedPatient {
        otherCx = List.copyOf(otherCx);
        phones = List.copyOf(phones);
    }
}
