package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
import dev.crossway.initiator.domain.audit.DemographicsDigest;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.id.RandomUuids;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the outbound audit record of one access from what the facade knows at its end. */
final class Accesses {

    private Accesses() {
    }

    /** A record with Crossway's own id, the caller as the context names it and the patient as sent. */
    static OutboundAccess of(AccessAction action, InitiatorContext context, Instant at, Demographics patient,
                             Collection<PatientId> found, Collection<String> communities, Collection<String> documents,
                             AccessOutcome outcome, String detail) {
        Set<String> ids = new LinkedHashSet<>();
        if (patient != null) {
            patient.identifiers().forEach(id -> ids.add(id.toCx()));
        }
        found.forEach(id -> ids.add(id.toCx()));
        return new OutboundAccess(RandomUuids.next().toString(), at, action, context.channel().name(), context.client(),
                context.userId(), context.userRole(), context.organizationId(), context.purposeOfUse(), digest(patient),
                List.copyOf(ids), List.copyOf(new LinkedHashSet<>(communities)), List.copyOf(new LinkedHashSet<>(documents)),
                outcome, detail);
    }

    static String digest(Demographics d) {
        if (d == null || d.lastName() == null && d.firstName() == null && d.birthDate() == null) {
            return null;
        }
        return DemographicsDigest.of(d.lastName(), d.firstName(), d.birthDate(), d.sex(), d.zip());
    }

    static List<PatientId> identifiers(List<Match> matches) {
        return matches.stream().flatMap(m -> m.identifiers().stream()).toList();
    }

    /** Success when something came back, no match when all answered with nothing, partial or error otherwise. */
    static AccessOutcome outcome(List<SourceOutcome> sources, boolean anythingFound) {
        boolean failures = sources.stream().anyMatch(s -> SourceOutcome.ERROR.equals(s.status())
                || SourceOutcome.TIMEOUT.equals(s.status()) || s.error() != null
                && !SourceOutcome.MORE_ATTRIBUTES_REQUESTED.equals(s.status()));
        if (anythingFound) {
            return failures ? AccessOutcome.PARTIAL : AccessOutcome.SUCCESS;
        }
        return failures ? AccessOutcome.ERROR : AccessOutcome.NO_MATCH;
    }

    static String errors(List<SourceOutcome> sources) {
        List<String> errors = sources.stream().filter(s -> s.error() != null)
                .map(s -> s.organizationId() + ": " + s.error()).toList();
        return errors.isEmpty() ? null : String.join("; ", errors);
    }
}
