package dev.crossway.interop.saml;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The Carequality attributes of one assertion. Read only from the assertion's own
 * {@code AttributeStatement} children: attributes nested deeper (an {@code Evidence} assertion,
 * a {@code SubjectConfirmationData}) belong to someone else and are never looked at.
 *
 * <p>Subject id, organization, home community id and purpose of use are required; organization id,
 * role, NPI and QueryAuthGrantor are optional. The home community id is read from
 * {@code urn:nhin:names:saml:homeCommunityId} or, failing that, {@code urn:ihe:iti:xca:2010:homeCommunityId};
 * {@link #homeCommunityIdAttributeName()} says which. When an attribute has several values the first
 * non-empty one counts.
 */
public record SamlAttributes(
        String subjectId,
        String organization,
        String organizationId,
        HomeCommunityId homeCommunityId,
        String homeCommunityIdAttributeName,
        CodedValue role,
        CodedValue purposeOfUse,
        String npi,
        String queryAuthGrantor) {

    /** Reads the attributes; throws {@code MISSING_ATTRIBUTE} naming every required one that is absent. */
    public static SamlAttributes read(Element assertion) {
        AttributeLookup lookup = lookup(assertion);
        List<String> missing = new ArrayList<>();
        require(lookup.text(SamlNames.SUBJECT_ID), SamlNames.SUBJECT_ID, missing);
        require(lookup.text(SamlNames.ORGANIZATION), SamlNames.ORGANIZATION, missing);
        require(lookup.text(SamlNames.HOME_COMMUNITY_ID).or(() -> lookup.text(SamlNames.HOME_COMMUNITY_ID_XCA)),
                SamlNames.HOME_COMMUNITY_ID, missing);
        require(lookup.coded(SamlNames.PURPOSE_OF_USE), SamlNames.PURPOSE_OF_USE, missing);
        if (!missing.isEmpty()) {
            throw new SecurityRejection(SecurityRejection.Rule.MISSING_ATTRIBUTE,
                    "assertion lacks required attribute(s): " + String.join(", ", missing));
        }
        SamlAttributes attributes = readAvailable(assertion);
        if (attributes.homeCommunityId() == null) {
            throw new SecurityRejection(SecurityRejection.Rule.MISSING_ATTRIBUTE, attributes.homeCommunityIdAttributeName()
                    + " is not an OID: '" + abbreviate(lookup.text(attributes.homeCommunityIdAttributeName()).orElseThrow()) + "'");
        }
        return attributes;
    }

    /**
     * Reads whatever attributes are present, required or not, leaving absent ones null: for the
     * audit trail of a rejected request, never for an access decision.
     */
    public static SamlAttributes readAvailable(Element assertion) {
        AttributeLookup lookup = lookup(assertion);
        String hcidName = lookup.text(SamlNames.HOME_COMMUNITY_ID).isPresent() || lookup.text(SamlNames.HOME_COMMUNITY_ID_XCA).isEmpty()
                ? SamlNames.HOME_COMMUNITY_ID : SamlNames.HOME_COMMUNITY_ID_XCA;
        HomeCommunityId hcid = lookup.text(hcidName).filter(Oid::isValid).map(HomeCommunityId::of).orElse(null);
        return new SamlAttributes(
                lookup.text(SamlNames.SUBJECT_ID).orElse(null),
                lookup.text(SamlNames.ORGANIZATION).orElse(null),
                lookup.text(SamlNames.ORGANIZATION_ID).orElse(null),
                hcid, hcidName,
                lookup.coded(SamlNames.ROLE).orElse(null),
                lookup.coded(SamlNames.PURPOSE_OF_USE).orElse(null),
                lookup.text(SamlNames.NPI).or(() -> lookup.text(SamlNames.NPI_V1)).orElse(null),
                lookup.text(SamlNames.QUERY_AUTH_GRANTOR).orElse(null));
    }

    private static AttributeLookup lookup(Element assertion) {
        List<Element> attributes = new ArrayList<>();
        for (Element statement : Dom.children(assertion, SamlNames.SAML2, "AttributeStatement")) {
            attributes.addAll(Dom.children(statement, SamlNames.SAML2, "Attribute"));
        }
        return new AttributeLookup(attributes);
    }

    private static void require(Optional<?> value, String name, List<String> missing) {
        if (value.isEmpty()) {
            missing.add(name);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
