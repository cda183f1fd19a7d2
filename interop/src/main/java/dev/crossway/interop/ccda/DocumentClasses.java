package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import java.util.Map;

/**
 * A classCode suggestion for XDS from the C-CDA document type: the C-CDA document types are
 * themselves LOINC document classes in the HITSP C80 class code value set, so a known type is
 * its own class; anything else is filed as a summary of episode note (34133-9).
 */
final class DocumentClasses {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("34133-9", "Summarization of Episode Note"),
            Map.entry("11488-4", "Consultation Note"),
            Map.entry("18842-5", "Discharge Summarization Note"),
            Map.entry("11490-0", "Discharge Summarization Note"),
            Map.entry("34117-2", "History and Physical Note"),
            Map.entry("11506-3", "Progress Note"),
            Map.entry("28570-0", "Procedure Note"),
            Map.entry("11504-8", "Surgical Operation Note"),
            Map.entry("18748-4", "Diagnostic Imaging Report"),
            Map.entry("57133-1", "Referral Note"),
            Map.entry("18761-7", "Transfer Summarization Note"),
            Map.entry("18776-5", "Plan of Care Note"),
            Map.entry("52521-2", "Overall Plan of Care/Advance Care Directives"));

    private DocumentClasses() {
    }

    static Code suggest(Code type) {
        String code = type == null ? null : type.code();
        if (code != null && KNOWN.containsKey(code)) {
            return new Code(code, CodeSystems.LOINC, "LOINC", KNOWN.get(code));
        }
        return new Code("34133-9", CodeSystems.LOINC, "LOINC", KNOWN.get("34133-9"));
    }
}
