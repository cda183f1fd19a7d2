package dev.crossway.responder.domain.identity;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.matching.Digits;
import dev.crossway.responder.domain.matching.QueryAddress;
import dev.crossway.responder.domain.matching.QueryName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cache key of a patient discovery query: the responding community, then the SHA-256
 * fingerprint of the normalised demographics and the requesting community. Two queries that
 * differ only in case, accents, punctuation or the order of their names share a key. With it go
 * the {@link BlockingKey}s of the index the answer depends on, so that a change to a patient
 * forgets only the answers that patient could change.
 */
public record IdentityKey(String value, SortedSet<BlockingKey> blocks) {

    public IdentityKey {
        Objects.requireNonNull(value, "value");
        blocks = Collections.unmodifiableSortedSet(new TreeSet<>(blocks));
    }

    /** A key that depends on no block of the index (only a change to the whole community forgets it). */
    public IdentityKey(String value) {
        this(value, new TreeSet<>());
    }

    public static IdentityKey of(MatchQuery q, String requestingHcid, String respondingHcid) {
        StringBuilder canonical = new StringBuilder();
        TreeSet<String> names = new TreeSet<>();
        for (QueryName n : q.names()) {
            names.add(String.join(" ", n.given().stream().map(Names::normalise).toList()) + "/" + Names.normalise(n.family()));
        }
        canonical.append("n=").append(names);
        canonical.append("|b=").append(q.birthDate().map(b -> b.kind() + ":" + b.low() + ":" + b.high()).orElse(""));
        canonical.append("|s=").append(q.sex().map(Enum::name).orElse(""));
        TreeSet<String> addresses = new TreeSet<>();
        for (QueryAddress a : q.addresses()) {
            addresses.add(Names.normalise(a.street()) + "#" + Digits.of(a.street()) + "/" + Digits.of(a.zip()));
        }
        canonical.append("|a=").append(addresses);
        canonical.append("|p=").append(new TreeSet<>(q.phones()));
        canonical.append("|i=").append(new TreeSet<>(q.subjectIds().stream().map(PatientId::toCx).toList()));
        canonical.append("|r=").append(requestingHcid == null ? "" : requestingHcid);
        return new IdentityKey(prefix(respondingHcid) + sha256(canonical.toString()), BlockingKey.of(q));
    }

    /** The responding community whose index answered. */
    public String community() {
        int bar = value.indexOf('|');
        return bar < 0 ? value : value.substring(0, bar);
    }

    /** Every key of a responding community starts with this. */
    public static String prefix(String respondingHcid) {
        return respondingHcid + "|";
    }

    public boolean belongsTo(String respondingHcid) {
        return value.startsWith(prefix(respondingHcid));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
