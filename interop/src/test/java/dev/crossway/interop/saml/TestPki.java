package dev.crossway.interop.saml;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaRespID;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small PKI minted in the test (BouncyCastle): a CA, the certificates it issues with CRL and OCSP
 * pointers to a loopback server on an ephemeral port, which serves the CA's CRL and answers OCSP
 * (POST) for it, and counts every request. Serials put in {@link #revoked} are revoked in both.
 */
final class TestPki implements AutoCloseable {

    static final Instant NOW = Instant.now();

    record Issued(X509Certificate certificate, KeyPair keys) {
    }

    final Issued ca;
    final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();
    final AtomicInteger crlFetches = new AtomicInteger();
    final AtomicInteger ocspFetches = new AtomicInteger();
    private final HttpServer server;
    private long serial = 1;

    TestPki(String caName, Instant notBefore, Instant notAfter) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ca = mint(caName, null, true, notBefore, notAfter, false, false);
        server.createContext("/ca.crl", exchange -> {
            crlFetches.incrementAndGet();
            byte[] body = crl();
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/ocsp", exchange -> {
            ocspFetches.incrementAndGet();
            byte[] body = ocsp(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static TestPki valid() {
        return new TestPki("CN=Test Network CA,O=Crossway Tests", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(365)));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A leaf issued by the CA, with a CRL distribution point and/or an OCSP responder on this server. */
    Issued leaf(String name, boolean crl, boolean ocsp) {
        return mint(name, ca, false, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)), crl, ocsp);
    }

    Issued mint(String name, Issued issuer, boolean isCa, Instant notBefore, Instant notAfter, boolean crl, boolean ocsp) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            javax.security.auth.x500.X500Principal subject = new javax.security.auth.x500.X500Principal(name);
            javax.security.auth.x500.X500Principal issuerName = issuer == null ? subject : issuer.certificate().getSubjectX500Principal();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(serial++),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(isCa
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature : KeyUsage.digitalSignature));
            if (crl) {
                GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url("/ca.crl")));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(where), null, null)}));
            }
            if (ocsp) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, url("/ocsp")))));
            }
            KeyPair signer = issuer == null ? keys : issuer.keys();
            X509CertificateHolder holder = builder.build(signer(signer));
            return new Issued(new JcaX509CertificateConverter().getCertificate(holder), keys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] crl() throws IOException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new X509CertificateHolder(encoded(ca.certificate())).getSubject(),
                Date.from(NOW.minus(Duration.ofHours(1))));
        builder.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(1))));
        for (BigInteger s : revoked) {
            builder.addCRLEntry(s, Date.from(NOW.minus(Duration.ofMinutes(30))), CRLReason.keyCompromise);
        }
        return builder.build(signer(ca.keys())).getEncoded();
    }

    private byte[] ocsp(byte[] request) throws IOException {
        try {
            OCSPReq req = new OCSPReq(request);
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new JcaRespID(ca.certificate().getSubjectX500Principal()));
            for (Req r : req.getRequestList()) {
                CertificateStatus status = revoked.contains(r.getCertID().getSerialNumber())
                        ? new RevokedStatus(Date.from(NOW.minus(Duration.ofMinutes(30))), CRLReason.keyCompromise)
                        : CertificateStatus.GOOD;
                builder.addResponse(r.getCertID(), status, Date.from(NOW.minus(Duration.ofMinutes(5))), Date.from(NOW.plus(Duration.ofHours(1))));
            }
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(signer(ca.keys()), null, new Date())).getEncoded();
        } catch (Exception e) {
            throw new IOException("the test responder cannot answer", e);
        }
    }

    private static ContentSigner signer(KeyPair keys) {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops answering: connections to the port are refused from now on. */
    @Override
    public void close() {
        server.stop(0);
    }
}
