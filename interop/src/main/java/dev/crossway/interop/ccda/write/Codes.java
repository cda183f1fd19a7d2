package dev.crossway.interop.ccda.write;

import dev.crossway.interop.ccda.model.Code;
import java.util.List;

/** Coded elements (CD and its kin) pointing at their narrative. */
final class Codes {

    private Codes() {
    }

    static Code of(String code, String system, String systemName, String name) {
        return new Code(code, system, systemName, name);
    }

    /**
     * {@code <element code codeSystem codeSystemName displayName>} with {@code originalText} pointing
     * at {@code ref}; a code without a code value keeps its name as text ({@code nullFlavor="OTH"});
     * no code at all is {@code nullFlavor="UNK"}.
     */
    static void cd(XmlOut out, String element, Code c, String ref, String xsiType) {
        cd(out, element, c, ref, xsiType, List.of());
    }

    static void cd(XmlOut out, String element, Code c, String ref, String xsiType, List<Code> translations) {
        String system = c == null ? null : CcdaWriter.codeSystemOid(c.codeSystem());
        if (c == null || c.code() == null || c.code().isBlank() || system == null) {
            if (c != null && (c.name() != null || ref != null)) {
                out.start(element, "xsi:type", xsiType, "nullFlavor", "OTH");
                originalText(out, c.name(), ref);
                translations(out, translations);
                out.end();
            } else {
                out.empty(element, "xsi:type", xsiType, "nullFlavor", "UNK");
            }
            return;
        }
        String[] attributes = {"xsi:type", xsiType, "code", c.code().trim(), "codeSystem", system,
                "codeSystemName", c.codeSystemName(), "displayName", c.name()};
        if (ref == null && translations.isEmpty()) {
            out.empty(element, attributes);
            return;
        }
        out.start(element, attributes);
        if (ref != null) {
            originalText(out, null, ref);
        }
        translations(out, translations);
        out.end();
    }

    private static void originalText(XmlOut out, String text, String ref) {
        out.start("originalText");
        if (ref != null) {
            out.empty("reference", "value", "#" + ref);
        } else {
            out.text(text);
        }
        out.end();
    }

    private static void translations(XmlOut out, List<Code> translations) {
        for (Code t : translations) {
            String system = CcdaWriter.codeSystemOid(t.codeSystem());
            if (t.code() != null && system != null) {
                out.empty("translation", "code", t.code(), "codeSystem", system, "codeSystemName", t.codeSystemName(),
                        "displayName", t.name());
            }
        }
    }

    /** A fixed code (template-mandated), with an optional translation. */
    static void fixed(XmlOut out, String element, String code, String system, String systemName, String display) {
        out.empty(element, "code", code, "codeSystem", system, "codeSystemName", systemName, "displayName", display);
    }

    static String display(Code c) {
        if (c == null) {
            return "";
        }
        if (c.name() != null && !c.name().isBlank()) {
            return c.name();
        }
        return c.code() == null ? "" : c.code();
    }
}
