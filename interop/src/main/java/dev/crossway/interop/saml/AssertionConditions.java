package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.EXCESSIVE_LIFETIME;
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
 * assertions, and one valid for longer than the policy's maximum is refused), the audience, which
 * must be one the receiver configured for itself, and the {@code SubjectConfirmationData}
 * ({@code NotOnOrAfter} and {@code Recipient}, where the sender gave them).
 */
record AssertionConditions(Instant notBefore, Instant notOnOrAfter, List<String> audiences) {

    static AssertionConditions check(Element assertion, VerificationPolicy policy, Instant now) {
        Duration skew = policy.skew();
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
        Instant from = notBefore != null ? notBefore : issued;
        if (from == null) {
            throw new SecurityRejection(EXCESSIVE_LIFETIME, "the assertion has neither IssueInstant nor NotBefore, so no bounded validity");
        }
        Duration lifetime = Duration.between(from, notOnOrAfter);
        if (lifetime.compareTo(policy.maxAssertionLifetime()) > 0) {
            throw new SecurityRejection(EXCESSIVE_LIFETIME, "the assertion is valid for " + lifetime
                    + ", longer than the " + policy.maxAssertionLifetime() + " accepted here");
        }
        List<String> audiences = Dom.children(conditions, SamlNames.SAML2, "AudienceRestriction").stream()
                .flatMap(r -> Dom.children(r, SamlNames.SAML2, "Audience").stream())
                .map(Dom::text)
                .toList();
        if (audiences.stream().noneMatch(policy::accepts)) {
            throw new SecurityRejection(WRONG_AUDIENCE, audiences.isEmpty()
                    ? "the assertion names no audience"
                    : "the assertion is for " + audiences + ", which is not this gateway");
        }
        checkConfirmation(assertion, policy, now);
        return new AssertionConditions(notBefore, notOnOrAfter, audiences);
    }

    /**
     * {@code Subject/SubjectConfirmation/SubjectConfirmationData}: optional in XUA, but where the
     * sender bounded the confirmation in time or named its recipient, both must hold here too.
     */
    private static void checkConfirmation(Element assertion, VerificationPolicy policy, Instant now) {
        List<Element> data = Dom.child(assertion, SamlNames.SAML2, "Subject").stream()
                .flatMap(s -> Dom.children(s, SamlNames.SAML2, "SubjectConfirmation").stream())
                .flatMap(c -> Dom.children(c, SamlNames.SAML2, "SubjectConfirmationData").stream())
                .toList();
        for (Element d : data) {
            Instant until = time(d, "NotOnOrAfter", EXPIRED);
            if (until != null && !until.isAfter(now.minus(policy.skew()))) {
                throw new SecurityRejection(EXPIRED, "the subject confirmation expired at " + until + ", it is now " + now);
            }
            String recipient = d.getAttributeNS(null, "Recipient").trim();
            if (!recipient.isEmpty() && !policy.accepts(recipient)) {
                throw new SecurityRejection(WRONG_AUDIENCE, "the subject confirmation is for recipient " + recipient
                        + ", which is not this gateway");
            }
        }
    }

    private static Instant time(Element e, String attribute, SecurityRejection.Rule rule) {
        try {
            return XmlTime.parse(e.getAttributeNS(null, attribute));
        } catch (IllegalArgumentException ex) {
            throw new SecurityRejection(rule, attribute + " is malformed: " + ex.getMessage());
        }
    }
}
