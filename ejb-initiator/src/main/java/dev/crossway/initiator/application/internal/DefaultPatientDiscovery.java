package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.DiscoveryRequest;
import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.PatientDiscovery;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.audit.AccessAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** XCPD across the targets; waits (on the caller's thread only) for the fan-out, then keeps the links. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPatientDiscovery implements PatientDiscovery {

    private final InitiatorSettings settings = InitiatorSettings.system();

    @EJB
    Targeting targeting;
    @EJB
    OutboundGateway outbound;
    @EJB
    InitiatorStore store;
    @Inject
    OutboundAuditLog audit;

    @Override
    public DiscoveryResult discover(Caller caller, DiscoveryRequest request) {
        RequestValidator.context(request.context());
        Access.initiate(caller, request.context());
        RequestValidator.patient(request.patient());
        RequestValidator.targets(request.targets(), request.patient());
        Targeting.Resolved targets = targeting.resolve(caller, request.patient(), request.targets());
        Gateway gateway = outbound.gateway();
        DiscoveryResult r = Waiting.get(gateway.discoverAll(request.context(), request.patient(), targets.communities(),
                null, a -> { }), gateway.settings().xcpdTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        List<SourceOutcome> sources = new ArrayList<>(r.sources());
        sources.addAll(targets.skipped());
        store.saveLinks(caller.owner(), RequestValidator.key(request.patient()), r.matches(), InitiatorStore.answered(r.sources()),
                gateway.now(), settings.linkMaxTtl());
        audit.append(Accesses.of(AccessAction.PATIENT_SEARCH, request.context(), gateway.now(), request.patient(),
                Accesses.identifiers(r.matches()), targets.communities().stream().map(Community::organizationId).toList(),
                List.of(), Accesses.outcome(r.sources(), !r.matches().isEmpty()), Accesses.errors(r.sources())));
        return new DiscoveryResult(r.matches(), sources);
    }
}
