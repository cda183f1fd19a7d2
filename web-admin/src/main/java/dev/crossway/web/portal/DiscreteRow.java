package dev.crossway.web.portal;

import dev.crossway.initiator.application.MergedEntry;
import dev.crossway.initiator.application.Provenance;
import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.VitalSign;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One line of a discrete-data table: what, its code, when, a detail, and where it came from. */
public record DiscreteRow(String name, String code, String date, String detail, String provenance) implements Serializable {

    static DiscreteRow medication(MergedEntry<Medication> e) {
        Medication m = e.entry();
        String dose = m.dose() == null ? null : Stream.of(m.dose().quantity(), m.dose().units()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return row(m.product(), m.startDate(), join(dose, m.status(), m.negated() ? "not taken" : null), e.provenance());
    }

    static DiscreteRow allergy(MergedEntry<Allergy> e) {
        Allergy a = e.entry();
        String reactions = a.reactions() == null ? null
                : a.reactions().stream().map(r -> r.name() != null ? r.name() : r.code()).filter(Objects::nonNull)
                        .collect(Collectors.joining(", "));
        return row(a.substance(), a.startDate(), join(reactions, a.negated() ? "no known allergy" : null), e.provenance());
    }

    static DiscreteRow problem(MergedEntry<Problem> e) {
        Problem p = e.entry();
        return row(p.code(), p.startDate(), join(p.status() == null ? null : label(p.status()), p.negated() ? "negated" : null), e.provenance());
    }

    static DiscreteRow immunization(MergedEntry<Immunization> e) {
        Immunization i = e.entry();
        return row(i.vaccine(), i.dateTime(), join(i.status(), i.refused() ? "refused" : null), e.provenance());
    }

    static DiscreteRow result(MergedEntry<Result> e) {
        Result r = e.entry();
        return row(r.code(), r.dateTime(), observations(r.observations()), e.provenance());
    }

    static DiscreteRow vital(MergedEntry<VitalSign> e) {
        VitalSign v = e.entry();
        return new DiscreteRow("Vital signs", null, v.dateTime(), observations(v.observations()), provenance(e.provenance()));
    }

    private static String observations(List<Observation> observations) {
        return observations == null ? null : observations.stream()
                .map(o -> join(o.code() == null ? null : label(o.code()), Stream.of(o.value(), o.units()).filter(Objects::nonNull).collect(Collectors.joining(" "))))
                .collect(Collectors.joining("; "));
    }

    private static DiscreteRow row(Code code, String date, String detail, List<Provenance> provenance) {
        return new DiscreteRow(code == null ? "(uncoded)" : label(code),
                code == null || code.code() == null ? null : code.code() + (code.codeSystemName() == null ? "" : " (" + code.codeSystemName() + ")"),
                date, detail, provenance(provenance));
    }

    private static String label(Code c) {
        return c.name() != null ? c.name() : c.code();
    }

    private static String provenance(List<Provenance> provenance) {
        return provenance.stream().map(p -> p.organizationId() + " / " + p.documentId()).collect(Collectors.joining("\n"));
    }

    private static String join(String... parts) {
        String s = Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
        return s.isEmpty() ? null : s;
    }
}
