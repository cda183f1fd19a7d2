package dev.crossway.web.access;

import dev.crossway.interop.config.Setting;
import dev.crossway.realm.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * A client's grants as Keycloak holds them now, at most {@code crossway.grants.max-age} old (30 s
 * by default): what a call is checked against, rather than the grants its token was issued with
 * (which a token keeps for its whole lifespan, 300 s). A grant revoked or changed anywhere (the
 * realm tool, Keycloak's console, {@code PUT /api/v1/admin/partners/{ClientId}/grants}) binds tokens
 * already issued within that bound; a change made through this node's API binds at once here
 * ({@link #changed}). A client deleted or disabled in Keycloak has no grants.
 * <p>
 * One Keycloak lookup per client per period, as the {@code crossway-manager} account; concurrent
 * requests of one client wait for one lookup. When Keycloak cannot be asked (down, or no manager
 * secret configured) the token's own claim is used, as before: the bound then falls back to the
 * token's lifespan, and a warning is logged (see docs/decisions/grants.md).
 */
@ApplicationScoped
public class LiveGrants {

    private static final Logger LOG = Logger.getLogger(LiveGrants.class.getName());
    static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

    private record Entry(PartnerGrants grants, Instant fetched) {
    }

    private final ConcurrentHashMap<String, Entry> byClient = new ConcurrentHashMap<>();
    private final Function<String, PartnerGrants> lookup;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Instant lastWarning = Instant.EPOCH;

    public LiveGrants() {
        this(client -> KeycloakManager.withPartners(p -> p.effectiveGrants(client)), maxAge(), Clock.systemUTC());
    }

    LiveGrants(Function<String, PartnerGrants> lookup, Duration maxAge, Clock clock) {
        this.lookup = lookup;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The client's current grants; empty when Keycloak could not be asked (the caller then uses the token's). */
    public Optional<PartnerGrants> current(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        try {
            Entry e = byClient.compute(clientId, (id, old) -> old != null && old.fetched().plus(maxAge).isAfter(now)
                    ? old : new Entry(lookup.apply(id), now));
            return Optional.of(e.grants());
        } catch (RuntimeException e) {
            if (lastWarning.plus(Duration.ofMinutes(1)).isBefore(now)) {
                lastWarning = now;
                LOG.warning("cannot read the current grants of " + clientId + " from Keycloak (" + e
                        + "): the token's grants are used until it expires");
            }
            return Optional.empty();
        }
    }

    /** The client's grants were changed through this node: the next call reads them again. */
    public void changed(String clientId) {
        byClient.remove(clientId);
    }

    static Duration maxAge() {
        return Setting.duration("crossway.grants.max-age")
                .filter(d -> !d.isNegative()).orElse(DEFAULT_MAX_AGE);
    }
}
