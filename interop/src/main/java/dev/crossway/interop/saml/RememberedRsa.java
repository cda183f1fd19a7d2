package dev.crossway.interop.saml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signature values of inbound messages checked as the underlying RSA provider checks them
 * ({@link RsaProvider}), remembering the ones it found valid, so that the same signature over the same
 * bytes under the same key is not worked out again. An initiating gateway signs one assertion and
 * sends it with many requests while it is valid (up to its lifetime, {@code PT8H} at most here), each
 * with a fresh timestamp signed by the holder's key: the assertion's RSA check then gives the same
 * answer every time, as RSA verification is a function of the key, the signed bytes and the signature
 * alone. What is remembered is a SHA-256 of exactly those three (and the algorithm), only after the
 * underlying provider said yes; anything else is checked in full. Nothing else of the check is
 * skipped: Santuario still canonicalises {@code SignedInfo} and hands its bytes here, still recomputes
 * every reference's digest over the message's own content (a changed assertion with the old
 * {@code SignedInfo} fails there), and the conditions, the replay cache and the signer's trust anchor
 * are checked on every message as before.
 *
 * <p>A JCA provider of its own rather than a memo around Santuario's {@code checkSignatureValue}: Santuario
 * keeps its whole check (the key's type, the canonical form, the reference digests, in its order) and
 * asks this provider for one {@link Signature}, which is the only step that changes. Verification only:
 * signing is refused.
 *
 * <p>Bounded: at most {@value #MAX_REMEMBERED} signatures; past that the memo starts again empty (a
 * flood of distinct valid signatures costs only the checks it would have cost anyway).
 */
final class RememberedRsa extends Provider {

    private static final long serialVersionUID = 1L;
    static final int MAX_REMEMBERED = 10_000;
    /** The algorithms of the allow-list ({@link SignatureAlgorithm}), by their JCA names. */
    private static final String[] ALGORITHMS = {"SHA256withRSA", "SHA1withRSA"};

    /** Over {@link RsaProvider#current()}: the one every inbound signature check uses. */
    static final RememberedRsa INSTANCE = new RememberedRsa(RsaProvider.current());

    private final transient Optional<Provider> underlying;
    private final transient Map<String, Boolean> valid = new ConcurrentHashMap<>();
    private final transient AtomicLong remembered = new AtomicLong();

    /** {@code underlying}: the provider that checks what is not remembered (empty: the JDK's). */
    RememberedRsa(Optional<Provider> underlying) {
        super("CrosswayRememberedRsa", "1.0", "RSA signature verification over "
                + underlying.map(Provider::getName).orElse("the JDK's providers") + ", remembering valid signatures");
        this.underlying = underlying;
        for (String algorithm : ALGORITHMS) {
            putService(new Service(this, "Signature", algorithm, Verifier.class.getName(), null, null) {
                @Override
                public Object newInstance(Object constructorParameter) {
                    return new Verifier(RememberedRsa.this, algorithm);
                }
            });
        }
    }

    /** How many checks were answered from memory since this provider was made (for tests and the profile). */
    long remembered() {
        return remembered.get();
    }

    private boolean check(String algorithm, PublicKey key, byte[] signed, byte[] signature) throws SignatureException {
        String id = id(algorithm, key, signed, signature);
        if (valid.containsKey(id)) {
            remembered.incrementAndGet();
            return true;
        }
        boolean ok;
        try {
            Signature real = underlying.isPresent() ? Signature.getInstance(algorithm, underlying.get()) : Signature.getInstance(algorithm);
            real.initVerify(key);
            real.update(signed);
            ok = real.verify(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new SignatureException("cannot check a " + algorithm + " signature: " + e.getMessage(), e);
        }
        if (ok) {
            if (valid.size() >= MAX_REMEMBERED) {
                valid.clear();
            }
            valid.put(id, Boolean.TRUE);
        }
        return ok;
    }

    /** SHA-256 of the algorithm, the key's encoding, the signed bytes and the signature, each with its length. */
    private static String id(String algorithm, PublicKey key, byte[] signed, byte[] signature) throws SignatureException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {algorithm.getBytes(StandardCharsets.US_ASCII), key.getEncoded(), signed, signature}) {
                int n = part == null ? -1 : part.length;
                sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
                if (part != null) {
                    sha.update(part);
                }
            }
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new SignatureException("SHA-256 is not available", e);
        }
    }

    /** One verification: collects the signed bytes, then asks {@link #check}. */
    private static final class Verifier extends SignatureSpi {

        private final RememberedRsa provider;
        private final String algorithm;
        private final ByteArrayOutputStream signed = new ByteArrayOutputStream(1024);
        private PublicKey key;

        Verifier(RememberedRsa provider, String algorithm) {
            this.provider = provider;
            this.algorithm = algorithm;
        }

        @Override
        protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
            if (publicKey == null) {
                throw new InvalidKeyException("no key");
            }
            key = publicKey;
            signed.reset();
        }

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            throw new InvalidKeyException("this provider only verifies");
        }

        @Override
        protected void engineUpdate(byte b) {
            signed.write(b);
        }

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {
            signed.write(b, off, len);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            throw new SignatureException("this provider only verifies");
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
            if (key == null) {
                throw new SignatureException("not initialised for verification");
            }
            byte[] bytes = signed.toByteArray();
            signed.reset();
            return provider.check(algorithm, key, bytes, sigBytes);
        }

        @Override
        protected void engineSetParameter(AlgorithmParameterSpec params) throws InvalidAlgorithmParameterException {
            if (params != null) {
                throw new InvalidAlgorithmParameterException(algorithm + " takes no parameters");
            }
        }

        @Override
        @Deprecated
        protected void engineSetParameter(String param, Object value) {
            throw new InvalidParameterException(algorithm + " takes no parameters");
        }

        @Override
        @Deprecated
        protected Object engineGetParameter(String param) {
            throw new InvalidParameterException(algorithm + " takes no parameters");
        }

        @Override
        protected AlgorithmParameters engineGetParameters() {
            return null;
        }
    }
}
