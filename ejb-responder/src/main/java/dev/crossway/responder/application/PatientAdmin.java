package dev.crossway.responder.application;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;

/**
 * The patient index of stored-mode communities, fed by partners (Redox PatientAdmin). Identifiers
 * must include one under the community's assigning authority; ids under other authorities are
 * kept as other ids. Updates and merges forget the community's identity cache entries. Every call
 * names its {@link Caller}: writing to a community the caller was not granted throws
 * {@link dev.crossway.interop.access.NotGrantedException} before anything is read or written.
 */
@Local
public interface PatientAdmin {

    /**
     * Registers a patient. A patient already holding one of the form's identifiers is updated
     * instead (nothing written when the form says what is stored): a resent NewPatient is not an
     * error.
     *
     * @throws ResponderValidationException for invalid input, or identifiers of two different patients
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not write to the community
     */
    Registration register(PatientForm form, Caller caller);

    /** Finds the patient by any of the form's ids, replaces the demographics, adds new ids. @throws PatientNotFoundException */
    PatientView update(PatientForm form, Caller caller);

    /** Retires {@code retired} into {@code survivor}; its documents follow. @throws PatientNotFoundException */
    PatientView merge(HomeCommunityId community, PatientId survivor, PatientId retired, Caller caller);
}
