package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.DiscoveryRequest;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.PatientDiscovery;
import dev.crossway.initiator.application.PatientLink;
import dev.crossway.initiator.application.PatientLocations;
import dev.crossway.initiator.application.Targets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/** Links found so far, and a fresh discovery on request. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPatientLocations implements PatientLocations {

    @EJB
    InitiatorStore store;
    @EJB
    PatientDiscovery discovery;

    @Override
    public List<PatientLink> links(Caller caller, Demographics patient) {
        java.util.Objects.requireNonNull(caller, "caller");
        if (patient == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT, "Patient is required");
        }
        if (patient.identifiers().isEmpty()) {
            RequestValidator.patient(patient);
        }
        return store.links(caller, RequestValidator.key(patient));
    }

    @Override
    public List<PatientLink> refresh(Caller caller, InitiatorContext context, Demographics patient, Targets targets) {
        discovery.discover(caller, new DiscoveryRequest(context, patient, targets));
        return links(caller, patient);
    }
}
