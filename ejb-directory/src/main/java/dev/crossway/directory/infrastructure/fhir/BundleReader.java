package dev.crossway.directory.infrastructure.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import dev.crossway.directory.domain.DirectoryEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;

/** Parses a directory search Bundle (JSON or XML) and maps its Organization entries. */
public final class BundleReader {

    private final DirectoryEntryMapper mapper = new DirectoryEntryMapper();

    /**
     * @param contentType the HTTP content type, or null to tell JSON from XML by the first character
     * @throws FhirFormatException when the body is not a FHIR Bundle
     */
    public Bundle parse(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new FhirFormatException("empty body: expected a FHIR Bundle");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        IParser parser = isXml(text, contentType) ? Fhir.r4().newXmlParser() : Fhir.r4().newJsonParser();
        try {
            return parser.parseResource(Bundle.class, text);
        } catch (DataFormatException | ClassCastException e) {
            throw new FhirFormatException("not a FHIR Bundle: " + e.getMessage(), e);
        }
    }

    /** Maps every Organization of the Bundle; an entry that cannot be mapped becomes an error, not a failure. */
    public DirectoryPage read(Bundle bundle) {
        List<DirectoryEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int organizations = 0;
        int index = 0;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            index++;
            if (e.getResource() instanceof Organization org) {
                organizations++;
                try {
                    entries.add(mapper.map(org));
                } catch (RuntimeException bad) {
                    errors.add("entry " + index + ": " + bad.getMessage());
                }
            }
        }
        Integer total = bundle.hasTotal() ? bundle.getTotal() : null;
        return new DirectoryPage(entries, errors, organizations, total, bundle.getLink("next") != null);
    }

    private static boolean isXml(String text, String contentType) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(java.util.Locale.ROOT);
            if (ct.contains("xml")) {
                return true;
            }
            if (ct.contains("json")) {
                return false;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '<';
            }
        }
        return false;
    }
}
