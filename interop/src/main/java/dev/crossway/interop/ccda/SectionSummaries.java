package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.SectionSummary;
import org.w3c.dom.Element;

/** The document-level list of sections: what each is, and whether it carries anything. */
final class SectionSummaries {

    private SectionSummaries() {
    }

    static SectionSummary of(Element section, SectionKind kind, String text, Entries entries) {
        String nullFlavor = Dom.nullFlavor(section);
        int count = nullFlavor != null ? 0 : Entries.acts(section).size();
        boolean empty = nullFlavor != null || count == 0 && text == null;
        return new SectionSummary(kind == null ? SectionKind.OTHER : kind.redoxName(), Dom.templateIds(section),
                entries.code(Dom.child(section, "code")), Dom.text(Dom.child(section, "title")), empty, nullFlavor,
                count, kind == null ? text : null);
    }
}
