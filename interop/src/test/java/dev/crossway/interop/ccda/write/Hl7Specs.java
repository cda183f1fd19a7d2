package dev.crossway.interop.ccda.write;

import com.helger.schematron.svrl.SVRLHelper;
import com.helger.schematron.svrl.jaxb.SchematronOutputType;
import com.helger.schematron.sch.SchematronResourceSCH;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * HL7's own validation files, when a developer has them: {@code -Dcrossway.cda.specs=DIR} where DIR
 * holds {@code schema/extensions/SDTC/...} from HL7's CDA-core-2.0 repository (the CDA R2 schema
 * with SDTC extensions) and {@code validation/ccda.sch} from HL7's CDA-ccda-2.1 repository (the
 * C-CDA R2.1 schematron). HL7 publishes neither in a Maven artifact and neither carries a licence
 * that lets us copy it into this repository, so without the property these checks are skipped and
 * {@link dev.crossway.interop.ccda.CcdaConformance} is what runs (see docs/decisions/store.md).
 */
final class Hl7Specs {

    private static final Pattern ASSERT = Pattern.compile("<sch:assert id=\"([^\"]+)\" test=\"([^\"]*)\"");

    private Hl7Specs() {
    }

    static Optional<Path> dir() {
        String d = System.getProperty("crossway.cda.specs");
        return d == null || d.isBlank() ? Optional.empty() : Optional.of(Path.of(d));
    }

    /** Errors of the CDA R2 schema with SDTC extensions. */
    static List<String> schemaErrors(Path dir, byte[] xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(dir.resolve("schema/extensions/SDTC/infrastructure/cda/CDA_SDTC.xsd").toFile());
        Validator v = schema.newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }

    /**
     * Failed assertions of the schematron's "errors" phase, except those that look a value set up
     * in HL7's {@code voc.xml} when only an empty stand-in is there (HL7 keeps the real one out of the
     * repository's plain files; the stand-in, {@code <voc:systems xmlns:voc="http://www.lantanagroup.com/voc"/>},
     * lets the other assertions run).
     */
    static List<String> schematronErrors(Path dir, byte[] xml) throws Exception {
        Path sch = dir.resolve("validation/ccda.sch");
        SchematronResourceSCH resource = SchematronResourceSCH.fromFile(sch.toFile());
        resource.setPhase("errors");
        SchematronOutputType svrl = resource.applySchematronValidationToSVRL(new StreamSource(new ByteArrayInputStream(xml)));
        if (svrl == null) {
            throw new IllegalStateException("the schematron did not run");
        }
        Path voc = dir.resolve("validation/voc.xml");
        Set<String> needVoc = Files.exists(voc) && Files.readString(voc, StandardCharsets.UTF_8).contains("valueSetOid")
                ? Set.of() : vocabularyAsserts(sch);
        return SVRLHelper.getAllFailedAssertions(svrl).stream()
                .filter(a -> a.getID() == null || !needVoc.contains(a.getID()))
                .map(a -> a.getID() + " " + a.getLocation() + ": " + a.getText())
                .collect(Collectors.toList());
    }

    private static Set<String> vocabularyAsserts(Path sch) throws IOException {
        String text = Files.readString(sch, StandardCharsets.UTF_8);
        Set<String> ids = new java.util.HashSet<>();
        Matcher m = ASSERT.matcher(text);
        while (m.find()) {
            if (m.group(2).contains("voc.xml")) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
