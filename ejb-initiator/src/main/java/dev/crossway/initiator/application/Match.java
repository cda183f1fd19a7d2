package dev.crossway.initiator.application;

import dev.crossway.interop.id.PatientId;
import java.util.List;

/** A patient a community says is ours, with the identifiers it knows them by. */
public record Match(String organizationId, String organizationName, List<PatientId> identifiers, Demographics demographics) {

    public Match {
        identifiers = List.copyOf(identifiers);
    }
}
