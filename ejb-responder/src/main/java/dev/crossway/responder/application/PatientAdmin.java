package dev.crossway.responder.application;

import dev.crossway.interop.access.Caller;
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

    /** @throws ResponderValidationException for invalid input or an id already registered */
    PatientView register(PatientForm form, Caller caller);

    /** Finds the patient by any of the form's ids, replaces the demographics, adds new ids. @throws PatientNotFoundException */
    PatientView update(PatientForm form, Caller caller);

    /** Retires {@code retired} into {@code survivor}; its documents follow. @throws PatientNotFoundException */
    PatientView merge(String communityHcid, PatientId survivor, PatientId retired, Caller caller);
}
