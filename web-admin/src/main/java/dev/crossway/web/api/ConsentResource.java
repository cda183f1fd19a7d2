package dev.crossway.web.api;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.ConsentView;
import dev.crossway.responder.application.StoredData;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.ConsentDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * PatientAdmin Consent (Crossway's event): a patient's opt-out of (or opt-in to) disclosure to the
 * network, effective at once.
 */
@Path("/PatientAdmin/Consent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class ConsentResource {

    @Inject
    Callers callers;
    @Inject
    StoredData store;

    static final String OPT_OUT = "OptOut";
    static final String OPT_IN = "OptIn";

    @POST
    public ConsentDto consent(ConsentDto request) {
        Requests.requireBody(request, "Consent");
        Requests.checkMeta(request.meta(), DataModel.PATIENT_ADMIN, "Consent");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        PatientId patient = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        String choice = request.consent() == null ? null : request.consent().networkDisclosure();
        boolean optOut;
        if (choice != null && choice.trim().toLowerCase(Locale.ROOT).equals(OPT_OUT.toLowerCase(Locale.ROOT))) {
            optOut = true;
        } else if (choice != null && choice.trim().toLowerCase(Locale.ROOT).equals(OPT_IN.toLowerCase(Locale.ROOT))) {
            optOut = false;
        } else {
            throw new InvalidRequestException("Consent.NetworkDisclosure", "Consent.NetworkDisclosure must be OptOut or OptIn");
        }
        ConsentView v = store.recordConsent(Requests.hostedCommunity(community), patient, optOut, callers.current());
        return new ConsentDto(MetaDto.reply(request.meta(), DataModel.PATIENT_ADMIN.redoxName(), "Consent"),
                new PatientDto(List.of(new IdentifierDto(v.patient().value(), v.patient().assigningAuthority().value())), null),
                new ConsentDto.ConsentBody(v.optedOut() ? OPT_OUT : OPT_IN, v.recordedAt(), v.recordedBy()));
    }
}
