package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How many requests one initiator (its SAML home community id, else its organization id, else
 * the assertion's issuer) may send: a token bucket per initiator, per node (a cluster of N nodes
 * behind a balancer admits up to N times the rate; set it with that in mind). Settings:
 * {@code crossway.gateway.rate} / {@code CROSSWAY_GATEWAY_RATE} (requests per second, default 100;
 * 0 switches the limit off), {@code crossway.gateway.rate-burst} / {@code CROSSWAY_GATEWAY_RATE_BURST}
 * (default twice the rate), and {@code crossway.gateway.rate-overrides} /
 * {@code CROSSWAY_GATEWAY_RATE_OVERRIDES}: {@code <initiator>=<rate>:<burst>,...} for initiators that
 * need more (a national network hub) or less.
 */
final class InitiatorRateLimit {

    /** Buckets are kept for at most this many initiators; idle full buckets are dropped first. */
    private static final int MAX_INITIATORS = 10_000;

    record Rate(double perSecond, long burst) {
        Rate {
            if (perSecond < 0 || burst < 1) {
                throw new IllegalArgumentException("a rate needs requests per second >= 0 and a burst >= 1");
            }
        }

        boolean unlimited() {
            return perSecond == 0;
        }

        static Rate parse(String text, String setting) {
            String[] parts = text.trim().split(":");
            try {
                double rate = Double.parseDouble(parts[0].trim());
                long burst = parts.length > 1 ? Long.parseLong(parts[1].trim()) : Math.max(1, Math.round(rate * 2));
                return new Rate(rate, burst);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(setting + ": '" + text + "' is not <requests per second>[:<burst>]");
            }
        }
    }

    /** The verdict: admitted, or refused with the time after which one more request would be. */
    record Decision(boolean admitted, Duration retryAfter) {
    }

    private final Rate defaults;
    private final Map<String, Rate> overrides;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    InitiatorRateLimit(Rate defaults, Map<String, Rate> overrides) {
        this.defaults = defaults;
        this.overrides = Map.copyOf(overrides);
    }

    static InitiatorRateLimit unlimited() {
        return new InitiatorRateLimit(new Rate(0, 1), Map.of());
    }

    static InitiatorRateLimit fromEnvironment() {
        Optional<String> rate = Setting.value("crossway.gateway.rate");
        Optional<String> burst = Setting.value("crossway.gateway.rate-burst");
        Rate defaults = Rate.parse(rate.orElse("100") + burst.map(b -> ":" + b).orElse(""), "CROSSWAY_GATEWAY_RATE");
        Map<String, Rate> overrides = Setting.value("crossway.gateway.rate-overrides")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(entry -> entry.split("=", 2))
                        .peek(kv -> {
                            if (kv.length != 2) {
                                throw new IllegalArgumentException("CROSSWAY_GATEWAY_RATE_OVERRIDES: entries are <initiator>=<rate>:<burst>");
                            }
                        })
                        .collect(Collectors.toMap(kv -> kv[0].trim(), kv -> Rate.parse(kv[1], "CROSSWAY_GATEWAY_RATE_OVERRIDES"))))
                .orElse(Map.of());
        return new InitiatorRateLimit(defaults, overrides);
    }

    Decision admit(String initiator) {
        Rate rate = overrides.getOrDefault(initiator, defaults);
        if (rate.unlimited()) {
            return new Decision(true, Duration.ZERO);
        }
        if (buckets.size() >= MAX_INITIATORS && !buckets.containsKey(initiator)) {
            dropIdle();
        }
        Bucket bucket = buckets.computeIfAbsent(initiator, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.burst())
                        .refillGreedy(1, Duration.ofNanos(Math.max(1, Math.round(1e9 / rate.perSecond())))).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Decision(true, Duration.ZERO)
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Drops buckets that are full again (their initiator has been quiet): forgetting them changes nothing. */
    private void dropIdle() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= overrides.getOrDefault(e.getKey(), defaults).burst());
    }
}
