package dev.crossway.interop.saml;

import java.util.Arrays;
import java.util.Optional;

/**
 * The XML signature algorithms Crossway signs with and accepts: RSA with SHA-256 by default,
 * RSA with SHA-1 only because older partners still use it: signing with it is a per-endpoint
 * setting, accepting it a per-trust-anchor one ({@link Anchor#allowSha1()}).
 */
public enum SignatureAlgorithm {
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256"),
    RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#sha1");

    private final String signatureUri;
    private final String digestUri;

    SignatureAlgorithm(String signatureUri, String digestUri) {
        this.signatureUri = signatureUri;
        this.digestUri = digestUri;
    }

    public String signatureUri() {
        return signatureUri;
    }

    public String digestUri() {
        return digestUri;
    }

    static Optional<SignatureAlgorithm> bySignatureUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.signatureUri.equals(uri)).findFirst();
    }

    static boolean isAcceptedDigest(String uri) {
        return Arrays.stream(values()).anyMatch(a -> a.digestUri.equals(uri));
    }
}
