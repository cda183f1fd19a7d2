package dev.crossway.initiator.support;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.domain.EndpointProfiles;
import dev.crossway.initiator.infrastructure.outbound.CallLog;
import dev.crossway.initiator.infrastructure.outbound.CallResult;
import dev.crossway.initiator.infrastructure.outbound.Envelopes;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.initiator.infrastructure.outbound.OutboundSettings;
import dev.crossway.initiator.infrastructure.outbound.SoapClient;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;
import dev.crossway.interop.http.SoapTransport;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.tls.ClientTls;
import java.util.Optional;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The outbound layer outside the container: a small fixed pool stands in for the managed
 * executor, a one-thread scheduler for the managed scheduled executor.
 */
public final class Outbound implements AutoCloseable {

    public static final String HOME = "2.16.840.1.113883.3.9999.99";
    private static SigningCredential credential;

    public final ExecutorService executor = Executors.newFixedThreadPool(8);
    public final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
    public final List<CallResult> log = new CopyOnWriteArrayList<>();
    public final SoapClient client;
    public final Gateway gateway;

    public Outbound(OutboundSettings settings, EndpointProfiles profiles) {
        credential(); // minted before the clock runs, as the server does at startup
        CallLog callLog = (r, org, at) -> log.add(r);
        client = new SoapClient(transport(executor, settings), executor, timer, Clock.systemUTC(), settings, callLog);
        gateway = new Gateway(client, new Envelopes(Outbound::credential, HomeCommunityId.of(HOME), Clock.systemUTC()),
                profiles, Clock.systemUTC());
    }

    /**
     * The fake peers are plain HTTP on 127.0.0.1: allowed as the sandbox allows its own entries, so
     * every test here also passes through the address policy.
     */
    public static SoapTransport transport(java.util.concurrent.Executor executor, OutboundSettings settings) {
        return new SoapTransport(executor, settings.connectTimeout(), settings.maxResponseBytes(),
                new ClientTls(Optional.empty(), Optional.empty()), new AddressPolicy(AllowList.parse("127.0.0.0/8"), true,
                HostResolver.SYSTEM));
    }

    public static synchronized SigningCredential credential() {
        if (credential == null) {
            credential = DevCredentials.selfSigned("CN=Crossway test initiator", Instant.now().minusSeconds(60), Duration.ofDays(1));
        }
        return credential;
    }

    public static OutboundSettings fast(Duration timeout) {
        return OutboundSettings.defaults().withTimeouts(timeout, timeout, timeout);
    }

    public static InitiatorContext context() {
        return new InitiatorContext("dr.who", null, null, "Crossway Test Clinic", "2.16.840.1.113883.3.9999.1", "1234567893");
    }

    public static Demographics patient() {
        return new Demographics(List.of(new PatientId("MRN-1", Oid.of("2.16.840.1.113883.3.9999.1"))), "Jane", null, "Doe",
                LocalDate.of(1970, 3, 15), "Female", "1 Main St", "Springfield", "IL", "62701", "+1-217-555-0100", null);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        timer.shutdownNow();
    }
}
