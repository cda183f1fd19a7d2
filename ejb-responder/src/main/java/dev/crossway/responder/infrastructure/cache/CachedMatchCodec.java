package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.CachedPatient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;

/**
 * Cache values cross the cluster as bytes, so that Infinispan never has to load this deployment's
 * classes (a replicated cache marshals only JDK types then, whatever the container's marshaller).
 * Reading is Java deserialisation limited by a filter to the two records and the JDK collections
 * they hold; anything else, or bytes of an older incompatible shape, is a miss.
 */
public final class CachedMatchCodec {

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            CachedMatch.class.getName() + ";" + CachedMatch.Kind.class.getName() + ";" + CachedPatient.class.getName()
                    + ";java.lang.Enum;java.lang.String;java.lang.Integer;java.lang.Number;java.util.*;java.lang.Object"
                    + ";maxdepth=10;maxrefs=10000;maxbytes=1000000;!*");

    private CachedMatchCodec() {
    }

    public static byte[] encode(CachedMatch match) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(match);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a cached match", e);
        }
        return bytes.toByteArray();
    }

    public static Optional<CachedMatch> decode(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new Loader(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            Object o = in.readObject();
            return o instanceof CachedMatch m ? Optional.of(m) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Resolves classes with this module's class loader (a deployment's, inside WildFly). */
    private static final class Loader extends ObjectInputStream {
        Loader(ByteArrayInputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, CachedMatchCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
