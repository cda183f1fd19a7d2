package dev.crossway.initiator.application;

import jakarta.ejb.Local;
import java.util.List;

/** Which communities know a patient (Redox PatientSearch LocationQuery). */
@Local
public interface PatientLocations {

    /** The links found by earlier discoveries, most recently seen first. */
    List<PatientLink> links(Demographics patient);

    /** Runs a fresh discovery across {@code targets} (null: default radius), then answers {@link #links}. */
    List<PatientLink> refresh(InitiatorContext context, Demographics patient, Targets targets);
}
