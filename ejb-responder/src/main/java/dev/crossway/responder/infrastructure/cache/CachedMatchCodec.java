package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.CachedPatient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cache values cross the cluster as bytes, so that Infinispan never has to load this deployment's
 * classes (a replicated cache marshals only a {@code byte[]} then, whatever the container's
 * marshaller). The format is a version byte and the records' fields in order, each string with a
 * presence flag: no Java deserialisation of bytes that came over the network (the earlier
 * ObjectInputStream, even behind a filter, was also 4% of a cache hit's CPU). Bytes of another
 * version, truncated or oversized, are a miss.
 */
public final class CachedMatchCodec {

    /**
     * 4: the generation of the entry's blocks first (invalidation by patient: an entry of version 3
     * carries none, so nothing could tell whether it is still current). 3: the match note, and
     * patients minimised to what correlation needs (no other ids, address or phones). Entries of
     * version 2 may hold answers to identifier-only matches with every demographic: they are
     * misses, never served again.
     */
    private static final int VERSION = 4;
    /** Bounds on what a decoded value may claim, so corrupt bytes cannot ask for huge allocations. */
    private static final int MAX_ITEMS = 1_000;

    private CachedMatchCodec() {
    }

    /** A cached outcome and the generation of its blocks when it was computed. */
    public record Entry(String generation, CachedMatch match) {
    }

    public static byte[] encode(String generation, CachedMatch match) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(generation);
            out.writeUTF(match.respondingHcid());
            out.writeByte(match.kind().ordinal());
            out.writeShort(match.patients().size());
            for (CachedPatient p : match.patients()) {
                string(out, p.patientCx());
                strings(out, p.otherCx());
                string(out, p.given());
                string(out, p.middle());
                string(out, p.family());
                string(out, p.sexCode());
                string(out, p.birthDate());
                string(out, p.street());
                string(out, p.city());
                string(out, p.state());
                string(out, p.zip());
                strings(out, p.phones());
                out.writeInt(p.score());
                string(out, p.custodian());
            }
            strings(out, match.requestedAttributes());
            string(out, match.note());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a cached match", e);
        }
        return bytes.toByteArray();
    }

    public static Optional<Entry> decode(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readUnsignedByte() != VERSION) {
                return Optional.empty();
            }
            String generation = in.readUTF();
            String hcid = in.readUTF();
            CachedMatch.Kind kind = CachedMatch.Kind.values()[in.readUnsignedByte()];
            int count = count(in);
            List<CachedPatient> patients = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                patients.add(new CachedPatient(string(in), strings(in), string(in), string(in), string(in), string(in),
                        string(in), string(in), string(in), string(in), string(in), strings(in), in.readInt(), string(in)));
            }
            List<String> requested = strings(in);
            String note = string(in);
            return in.available() == 0 ? Optional.of(new Entry(generation, new CachedMatch(hcid, kind, patients, requested, note)))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeShort(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        if (n > MAX_ITEMS) {
            throw new IOException("a cached value claims " + n + " items");
        }
        return n;
    }
}
