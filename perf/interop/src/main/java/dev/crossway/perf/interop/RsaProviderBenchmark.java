package dev.crossway.perf.interop;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Provider;
import java.security.Signature;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One RSA signature verification as the server makes two of for every signed request (a 2048-bit
 * key, SHA256withRSA over a canonical {@code SignedInfo} of about 600 bytes), by the JDK's provider
 * and by Amazon Corretto Crypto Provider (AWS-LC, native code): would a native provider be worth
 * its place in the server? (docs/PERFORMANCE.md, issue 15: session 12 measured about 2% of a cache hit
 * and did not adopt it; session 20, on a host where the JDK's check took twice as long, did: interop's
 * {@code RsaProvider}.) A new {@link Signature} per verification, as Santuario takes one per signature checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RsaProviderBenchmark {

    @Param({"JDK", "ACCP"})
    String provider;

    private Provider chosen;
    private PublicKey key;
    private byte[] signedInfo;
    private byte[] signatureValue;

    @Setup
    public void setUp() throws Exception {
        if ("ACCP".equals(provider)) {
            AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
            chosen = AmazonCorrettoCryptoProvider.INSTANCE;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        signedInfo = new byte[600];
        new Random(1).nextBytes(signedInfo);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(signedInfo);
        signatureValue = signer.sign();
        key = pair.getPublic();
        if (!verify()) {
            throw new IllegalStateException(provider + " does not verify a good signature");
        }
    }

    @Benchmark
    public boolean verify() throws Exception {
        Signature verifier = chosen == null ? Signature.getInstance("SHA256withRSA")
                : Signature.getInstance("SHA256withRSA", chosen);
        verifier.initVerify(key);
        verifier.update(signedInfo);
        return verifier.verify(signatureValue);
    }
}
