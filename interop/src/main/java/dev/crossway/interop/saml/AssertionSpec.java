package dev.crossway.interop.saml;

import dev.crossway.interop.id.HomeCommunityId;
import java.time.Duration;
import java.util.Objects;

/**
 * What an outgoing assertion says: who asks (user, role, organization, community), why (purpose of
 * use), to whom (audience = the target endpoint URL), for how long, and how it is signed (the
 * endpoint's algorithm setting). Issuer and NameID default to the signer's subject DN.
 */
public record AssertionSpec(
        String issuer,
        String nameId,
        String subjectId,
        String organization,
        String organizationId,
        HomeCommunityId homeCommunityId,
        CodedValue role,
        CodedValue purposeOfUse,
        String npi,
        String queryAuthGrantor,
        String audience,
        Duration validity,
        SignatureAlgorithm algorithm) {

    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);

    public AssertionSpec {
        Objects.requireNonNull(subjectId, "subject id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(homeCommunityId, "home community id");
        Objects.requireNonNull(purposeOfUse, "purpose of use");
        Objects.requireNonNull(audience, "audience");
        validity = validity == null ? DEFAULT_VALIDITY : validity;
        algorithm = algorithm == null ? SignatureAlgorithm.RSA_SHA256 : algorithm;
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.issuer = issuer;
        b.nameId = nameId;
        b.subjectId = subjectId;
        b.organization = organization;
        b.organizationId = organizationId;
        b.homeCommunityId = homeCommunityId;
        b.role = role;
        b.purposeOfUse = purposeOfUse;
        b.npi = npi;
        b.queryAuthGrantor = queryAuthGrantor;
        b.audience = audience;
        b.validity = validity;
        b.algorithm = algorithm;
        return b;
    }

    /** Fluent construction; the record's constructor does the checks. */
    public static final class Builder {
        private String issuer;
        private String nameId;
        private String subjectId;
        private String organization;
        private String organizationId;
        private HomeCommunityId homeCommunityId;
        private CodedValue role;
        private CodedValue purposeOfUse;
        private String npi;
        private String queryAuthGrantor;
        private String audience;
        private Duration validity;
        private SignatureAlgorithm algorithm;

        public Builder issuer(String v) { issuer = v; return this; }
        public Builder nameId(String v) { nameId = v; return this; }
        public Builder subjectId(String v) { subjectId = v; return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder organizationId(String v) { organizationId = v; return this; }
        public Builder homeCommunityId(HomeCommunityId v) { homeCommunityId = v; return this; }
        public Builder role(CodedValue v) { role = v; return this; }
        public Builder purposeOfUse(CodedValue v) { purposeOfUse = v; return this; }
        public Builder npi(String v) { npi = v; return this; }
        public Builder queryAuthGrantor(String v) { queryAuthGrantor = v; return this; }
        public Builder audience(String v) { audience = v; return this; }
        public Builder validity(Duration v) { validity = v; return this; }
        public Builder algorithm(SignatureAlgorithm v) { algorithm = v; return this; }

        public AssertionSpec build() {
            return new AssertionSpec(issuer, nameId, subjectId, organization, organizationId, homeCommunityId,
                    role, purposeOfUse, npi, queryAuthGrantor, audience, validity, algorithm);
        }
    }
}
