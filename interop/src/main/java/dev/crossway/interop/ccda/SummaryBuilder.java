package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Header;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.SectionSummary;
import dev.crossway.interop.ccda.model.SocialHistory;
import dev.crossway.interop.ccda.model.UnstructuredBody;
import dev.crossway.interop.ccda.model.VitalSign;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Collects the sections of one body into a {@link ClinicalSummary}. A section kind that
 * appears more than once (nested or repeated sections) has its texts and entries appended.
 */
final class SummaryBuilder {

    private final Entries entries;
    private final List<SectionSummary> sections = new ArrayList<>();
    private final Map<SectionKind, String> texts = new EnumMap<>(SectionKind.class);
    private final List<Allergy> allergies = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Result> results = new ArrayList<>();
    private final List<VitalSign> vitalSigns = new ArrayList<>();
    private final List<Immunization> immunizations = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Encounter> encounters = new ArrayList<>();
    private final List<Observation> social = new ArrayList<>();
    private Observation smokingStatus;

    SummaryBuilder(Entries entries) {
        this.entries = entries;
    }

    void add(Element section) {
        SectionKind kind = SectionKind.of(section);
        String text = NarrativeText.plain(Dom.child(section, "text"));
        sections.add(SectionSummaries.of(section, kind, text, entries));
        if (kind == null) {
            return;
        }
        if (text != null) {
            texts.merge(kind, text, (a, b) -> a + "\n" + b);
        }
        if (Dom.nullFlavor(section) != null) {
            return;
        }
        switch (kind) {
            case ALLERGIES -> allergies.addAll(AllergyReader.read(section, entries));
            case MEDICATIONS -> medications.addAll(MedicationReader.read(section, entries));
            case PROBLEMS -> problems.addAll(ProblemReader.read(section, entries));
            case RESULTS -> results.addAll(ResultReader.read(section, entries));
            case VITAL_SIGNS -> vitalSigns.addAll(VitalSignReader.read(section, entries));
            case IMMUNIZATIONS -> immunizations.addAll(ImmunizationReader.read(section, entries));
            case PROCEDURES -> procedures.addAll(ProcedureReader.read(section, entries));
            case ENCOUNTERS -> encounters.addAll(EncounterReader.read(section, entries));
            case SOCIAL_HISTORY -> {
                SocialHistory history = SocialHistoryReader.read(section, entries);
                social.addAll(history.observations());
                smokingStatus = history.smokingStatus() != null ? history.smokingStatus() : smokingStatus;
            }
        }
    }

    ClinicalSummary build(Header header, Patient patient, UnstructuredBody body) {
        SocialHistory history = social.isEmpty() ? null : new SocialHistory(social, smokingStatus);
        return new ClinicalSummary(header, patient, sections, body,
                texts.get(SectionKind.ALLERGIES), allergies, AllergyReader.noKnown(allergies),
                texts.get(SectionKind.MEDICATIONS), medications, MedicationReader.noKnown(medications),
                texts.get(SectionKind.PROBLEMS), problems, ProblemReader.noKnown(problems),
                texts.get(SectionKind.RESULTS), results, texts.get(SectionKind.VITAL_SIGNS), vitalSigns,
                texts.get(SectionKind.IMMUNIZATIONS), immunizations, texts.get(SectionKind.PROCEDURES), procedures,
                texts.get(SectionKind.ENCOUNTERS), encounters, texts.get(SectionKind.SOCIAL_HISTORY), history);
    }
}
