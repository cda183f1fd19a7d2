package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.domain.PartnerEndpoint;
import dev.crossway.initiator.infrastructure.outbound.Envelopes;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.initiator.infrastructure.outbound.OutboundSettings;
import dev.crossway.initiator.infrastructure.outbound.SoapClient;
import dev.crossway.interop.config.Setting;
import dev.crossway.interop.http.SoapTransport;
import dev.crossway.interop.tls.TlsSettings;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one outbound gateway of this node: one {@link SoapTransport} (mutual TLS, address policy) on
 * the EE managed executor, timers on the managed scheduled executor, the per-endpoint settings
 * cached in memory (reloaded on save). Outside the sandbox it refuses to start without the TLS and
 * signing keys, with a message naming the setting: a gateway that cannot authenticate itself
 * should fail at deployment, not at its first partner call.
 */
@Startup
@Singleton
@DependsOn("InitiatorSchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboundGateway {

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @EJB
    SigningKeys keys;
    @EJB
    CallRecorder recorder;
    @PersistenceContext(unitName = "initiator")
    EntityManager em;

    private final InitiatorSettings settings = InitiatorSettings.system();
    private volatile Map<String, EndpointProfile> profiles = new ConcurrentHashMap<>();
    private Gateway gateway;

    @PostConstruct
    void start() {
        if (!Setting.sandbox()) {
            TlsSettings.fromEnvironment().requireKeys();
        }
        keys.credential(); // a missing signing key outside the sandbox stops the deployment here
        Clock clock = Clock.systemUTC();
        OutboundSettings limits = settings.outbound();
        SoapTransport transport = SoapTransport.fromEnvironment(executor, limits.connectTimeout(), limits.maxResponseBytes());
        SoapClient client = new SoapClient(transport, executor, scheduler, clock, limits, recorder);
        gateway = new Gateway(client, new Envelopes(keys::credential, keys.home(), clock),
                url -> profiles.getOrDefault(url, EndpointProfile.defaults(url)), clock);
        reload();
    }

    public Gateway gateway() {
        keys.credential(); // minted or loaded before any call's clock runs
        return gateway;
    }

    public EndpointProfile profile(String url) {
        return profiles.getOrDefault(url, EndpointProfile.defaults(url));
    }

    /** Re-reads the saved endpoint settings (after an admin change). */
    public void reload() {
        profiles = new JpaInitiatorRepository(em).endpoints().stream()
                .map(PartnerEndpoint::profile)
                .collect(Collectors.toConcurrentMap(EndpointProfile::url, Function.identity()));
    }
}
