package dev.crossway.directory.infrastructure.fhir;

import dev.crossway.directory.domain.Codes;
import dev.crossway.directory.domain.Endpoint;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.interop.id.Oid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps an organization's contained {@code Endpoint}s.
 *
 * <p>Current R4 profile: the transaction is the {@code Transaction} extension's code
 * ({@code XCPD ITI-55}); purposes of use are the {@code PurposesOfUse} extension's codes.
 *
 * <p>Sequoia 1.0 profile: one {@code .../Endpoint/main/1.0.0} extension with nested
 * {@code Transaction} (a string), {@code PurposesOfUse} and {@code Roles} (codings with a
 * display). Real 1.0 files carry the same {@code Transaction} value on every endpoint, and the
 * service is told by the endpoint's name ({@code PatientDiscovery}, {@code QueryForDocuments},
 * {@code RetrieveDocuments}); so there the name decides, and endpoints whose name is another
 * service (HIEM notify, subscribe ...) are not ours and are skipped. Only an unnamed 1.0 endpoint
 * falls back to its {@code Transaction} string.
 */
final class EndpointMapper {

    List<Endpoint> map(Organization org) {
        List<Endpoint> list = new ArrayList<>();
        for (Resource r : org.getContained()) {
            if (r instanceof org.hl7.fhir.r4.model.Endpoint ep && ep.hasAddress() && usable(ep)) {
                transaction(ep).ifPresent(t -> list.add(new Endpoint(t, ep.getAddress().trim(),
                        Codes.of(codes(ep, "PurposesOfUse")), Codes.of(codes(ep, "Roles")))));
            }
        }
        return list;
    }

    /** The first endpoint's {@code managingOrganization} when it names an OID. */
    Optional<Oid> managingOrganization(Organization org) {
        for (Resource r : org.getContained()) {
            if (r instanceof org.hl7.fhir.r4.model.Endpoint ep && ep.hasManagingOrganization()) {
                Optional<Oid> oid = DirectoryEntryMapper.partOf(ep.getManagingOrganization());
                if (oid.isPresent()) {
                    return oid;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean usable(org.hl7.fhir.r4.model.Endpoint ep) {
        if (!ep.hasStatus()) {
            return true;
        }
        String s = ep.getStatus().toCode();
        return !"off".equals(s) && !"entered-in-error".equals(s);
    }

    static Optional<EndpointTransaction> transaction(org.hl7.fhir.r4.model.Endpoint ep) {
        Extension v1 = v1Main(ep);
        if (v1 != null) {
            if (ep.hasName() && !ep.getName().isBlank()) {
                return EndpointTransaction.fromServiceName(ep.getName());
            }
            return values(v1.getExtensionByUrl("Transaction")).stream().map(EndpointTransaction::parse)
                    .flatMap(Optional::stream).findFirst();
        }
        for (Extension e : ep.getExtension()) {
            if ("Transaction".equals(SequoiaExtensions.shortName(e.getUrl()))) {
                Optional<EndpointTransaction> t = values(e).stream().map(EndpointTransaction::parse)
                        .flatMap(Optional::stream).findFirst();
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return EndpointTransaction.fromServiceName(ep.getName());
    }

    private static List<String> codes(org.hl7.fhir.r4.model.Endpoint ep, String name) {
        Extension v1 = v1Main(ep);
        if (v1 != null) {
            return values(v1.getExtensionByUrl(name));
        }
        List<String> out = new ArrayList<>();
        for (Extension e : ep.getExtension()) {
            if (name.equals(SequoiaExtensions.shortName(e.getUrl()))) {
                out.addAll(values(e));
            }
        }
        return out;
    }

    private static Extension v1Main(org.hl7.fhir.r4.model.Endpoint ep) {
        for (Extension e : ep.getExtension()) {
            if (e.getUrl() != null && e.getUrl().startsWith(SequoiaExtensions.V1_ENDPOINT_MAIN)) {
                return e;
            }
        }
        return null;
    }

    /** A string value, or each coding's code (else display) of a CodeableConcept value. */
    private static List<String> values(Extension e) {
        List<String> out = new ArrayList<>();
        if (e == null || !e.hasValue()) {
            return out;
        }
        Type v = e.getValue();
        if (v instanceof CodeableConcept cc) {
            for (Coding c : cc.getCoding()) {
                String s = c.hasCode() ? c.getCode() : c.getDisplay();
                if (s != null && !s.isBlank()) {
                    out.add(s);
                }
            }
            if (out.isEmpty() && cc.hasText()) {
                out.add(cc.getText());
            }
        } else if (v instanceof Coding c) {
            out.add(c.hasCode() ? c.getCode() : c.getDisplay());
        } else if (v instanceof PrimitiveType<?> p && p.getValueAsString() != null) {
            out.add(p.getValueAsString());
        }
        return out;
    }
}
