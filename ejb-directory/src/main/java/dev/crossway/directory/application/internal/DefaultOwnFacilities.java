package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.application.OwnFacilities;
import dev.crossway.directory.domain.AuditTrail;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import dev.crossway.interop.id.Oid;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;

/** Own facilities: each call one container transaction (REQUIRED). */
@Stateless
public class DefaultOwnFacilities implements OwnFacilities {

    @Inject
    OrganizationRepository organizations;
    @Inject
    ZipCentroidRepository zips;
    @Inject
    AuditTrail audit;
    @Resource
    ManagedExecutorService executor;

    private OwnFacilityService service;

    @PostConstruct
    void init() {
        service = new OwnFacilityService(organizations, zips, audit, Clock.systemUTC());
    }

    @Override
    public OrganizationView create(FacilityForm form, String actor) {
        return OrganizationAssembler.toView(service.create(form, actor), null);
    }

    @Override
    public OrganizationView update(Oid oid, FacilityForm form, String actor) {
        return OrganizationAssembler.toView(service.update(oid.value(), form, actor), null);
    }

    @Override
    public OrganizationView deactivate(Oid oid, String actor) {
        return OrganizationAssembler.toView(service.deactivate(oid.value(), actor), null);
    }

    @Override
    public void publish(Oid oid, String directoryBaseUrl, String apiKey) {
        Organization o = service.own(oid.value());
        new FacilityPublisher(new DirectoryHttpClient(executor)).publish(o, directoryBaseUrl, apiKey);
    }
}
