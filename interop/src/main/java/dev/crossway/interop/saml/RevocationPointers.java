package dev.crossway.interop.saml;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a certificate says its revocation status is published: the URLs of its CRL distribution
 * points (full names only) and the OCSP responder of its authority information access. Only
 * {@code http} and {@code https} locations are kept (no {@code ldap:}, no {@code file:}).
 */
record RevocationPointers(List<URI> crls, Optional<URI> ocsp) {

    private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";
    private static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";
    private static final String OCSP_METHOD = "1.3.6.1.5.5.7.48.1";
    private static final int SEQUENCE = 0x30;
    private static final int OID = 0x06;
    private static final int CONTEXT_0 = 0xA0;
    private static final int URI_NAME = 0x86;

    static RevocationPointers of(X509Certificate certificate) {
        try {
            return new RevocationPointers(crls(certificate), ocsp(certificate));
        } catch (IllegalArgumentException e) {
            return new RevocationPointers(List.of(), Optional.empty());
        }
    }

    boolean none() {
        return crls.isEmpty() && ocsp.isEmpty();
    }

    // DistributionPoint ::= SEQUENCE { distributionPoint [0] { fullName [0] GeneralNames }, reasons [1], cRLIssuer [2] }
    private static List<URI> crls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        for (Der.Tlv point : extension(certificate, CRL_DISTRIBUTION_POINTS)) {
            for (Der.Tlv name : children(point, CONTEXT_0)) {
                for (Der.Tlv fullName : children(name, CONTEXT_0)) {
                    children(fullName, URI_NAME).forEach(u -> web(u).ifPresent(urls::add));
                }
            }
        }
        return List.copyOf(urls);
    }

    // AccessDescription ::= SEQUENCE { accessMethod OID, accessLocation GeneralName }
    private static Optional<URI> ocsp(X509Certificate certificate) {
        for (Der.Tlv access : extension(certificate, AUTHORITY_INFO_ACCESS)) {
            List<Der.Tlv> parts = Der.read(access.content());
            if (parts.size() == 2 && parts.get(0).tag() == OID && OCSP_METHOD.equals(Der.oidText(parts.get(0).content()))
                    && parts.get(1).tag() == URI_NAME) {
                Optional<URI> url = web(parts.get(1));
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of the SEQUENCE OF an extension's value (wrapped in an OCTET STRING by the JDK). */
    private static List<Der.Tlv> extension(X509Certificate certificate, String oid) {
        byte[] value = certificate.getExtensionValue(oid);
        if (value == null) {
            return List.of();
        }
        Der.Tlv sequence = Der.read(Der.read(value).get(0).content()).get(0);
        return sequence.tag() == SEQUENCE ? children(sequence, SEQUENCE) : List.of();
    }

    private static List<Der.Tlv> children(Der.Tlv parent, int tag) {
        return Der.read(parent.content()).stream().filter(t -> t.tag() == tag).toList();
    }

    private static Optional<URI> web(Der.Tlv name) {
        try {
            URI uri = URI.create(new String(name.content(), java.nio.charset.StandardCharsets.US_ASCII).trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
