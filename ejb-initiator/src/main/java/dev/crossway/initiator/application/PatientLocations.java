package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;
import java.util.List;

/** Which communities know a patient (Redox PatientSearch LocationQuery). */
@Local
public interface PatientLocations {

    /** The links found by the caller's earlier discoveries (an administrator's: everyone's), most recently seen first. */
    List<PatientLink> links(Caller caller, Demographics patient);

    /** Runs a fresh discovery across {@code targets} (null: default radius), then answers {@link #links}. */
    List<PatientLink> refresh(Caller caller, InitiatorContext context, Demographics patient, Targets targets);
}
