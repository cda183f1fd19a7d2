package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.EXPIRED;
import static dev.crossway.interop.saml.SecurityRejection.Rule.NOT_YET_VALID;
import static dev.crossway.interop.saml.SecurityRejection.Rule.WRONG_AUDIENCE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * An assertion's {@code Conditions}: the validity window (checked with a bounded clock skew; an
 * assertion without {@code NotOnOrAfter} counts as expired, since Carequality requires short-lived
 * assertions) and the audience, which must name the endpoint that received it.
 */
record AssertionConditions(Instant notBefore, Instant notOnOrAfter, List<String> audiences) {

    static AssertionConditions check(Element assertion, String expectedAudience, Instant now, Duration skew) {
        Element conditions = Dom.child(assertion, SamlNames.SAML2, "Conditions").orElseThrow(() ->
                new SecurityRejection(EXPIRED, "the assertion has no Conditions, so no bounded validity"));
        Instant notBefore = time(conditions, "NotBefore", NOT_YET_VALID);
        Instant notOnOrAfter = time(conditions, "NotOnOrAfter", EXPIRED);
        Instant issued = time(assertion, "IssueInstant", NOT_YET_VALID);
        if (notOnOrAfter == null) {
            throw new SecurityRejection(EXPIRED, "the assertion has no NotOnOrAfter, so no bounded validity");
        }
        for (Instant start : new Instant[] {notBefore, issued}) {
            if (start != null && start.isAfter(now.plus(skew))) {
                throw new SecurityRejection(NOT_YET_VALID, "the assertion is valid only from " + start + ", it is now " + now);
            }
        }
        if (!notOnOrAfter.isAfter(now.minus(skew))) {
            throw new SecurityRejection(EXPIRED, "the assertion expired at " + notOnOrAfter + ", it is now " + now);
        }
        List<String> audiences = Dom.children(conditions, SamlNames.SAML2, "AudienceRestriction").stream()
                .flatMap(r -> Dom.children(r, SamlNames.SAML2, "Audience").stream())
                .map(Dom::text)
                .toList();
        if (audiences.stream().noneMatch(a -> sameUrl(a, expectedAudience))) {
            throw new SecurityRejection(WRONG_AUDIENCE, audiences.isEmpty()
                    ? "the assertion names no audience"
                    : "the assertion is for " + audiences + ", not for " + expectedAudience);
        }
        return new AssertionConditions(notBefore, notOnOrAfter, audiences);
    }

    /** Exact match, ignoring only a trailing slash. */
    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equals(strip(b.trim()));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Instant time(Element e, String attribute, SecurityRejection.Rule rule) {
        try {
            return XmlTime.parse(e.getAttributeNS(null, attribute));
        } catch (IllegalArgumentException ex) {
            throw new SecurityRejection(rule, attribute + " is malformed: " + ex.getMessage());
        }
    }
}
