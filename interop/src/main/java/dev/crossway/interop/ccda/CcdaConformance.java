package dev.crossway.interop.ccda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An offline check of the C-CDA R2.1 rules that matter for a Continuity of Care Document, for
 * documents Crossway renders: the HL7 schematron and its value sets are not published in an
 * artifact this build can fetch (see docs/decisions/store.md, "Rendering C-CDA"), so these are the
 * SHALL constraints of the US Realm Header, the CCD document template, its sections and their
 * entry templates, written down as code:
 * <ul>
 * <li>header: realmCode US, typeId, the US Realm Header and CCD templateIds with extension
 * 2015-08-01, id, code 34133-9 (LOINC), title, effectiveTime, confidentialityCode from
 * HL7 BasicConfidentialityKind, languageCode, recordTarget (id, addr, telecom, name, gender,
 * birthTime, race, ethnicity), author (time, id, addr, telecom, person or device),
 * custodian organization (id, name, telecom, addr), documentationOf/serviceEvent with a time;</li>
 * <li>sections: the six a CCD SHALL have (allergies, medications, problems, results, social
 * history, vital signs), each with its templateId and version, LOINC code, title and text; an
 * "entries required" section has entries unless it is {@code nullFlavor="NI"};</li>
 * <li>entries: each section's entries in its entry template (allergy concern act holding an
 * allergy-intolerance observation, medication activity with medication information, problem
 * concern act holding a problem observation, result organizer of result observations, vital
 * signs organizer of vital sign observations with PQ values, immunization activity with
 * negationInd, procedure activity, encounter activity, social history or smoking status
 * observation); every entry statement has an id, the statusCode and effectiveTime its template
 * requires, and codes with an OID code system;</li>
 * <li>data types: every TS is a valid HL7 time precise to the day, with a time-zone offset when
 * more precise than the day; PQ values are numbers; every {@code reference/@value="#id"} points
 * at an ID of the document and IDs are unique.</li>
 * </ul>
 */
public final class CcdaConformance {

    /** One broken rule: which rule and where (an element path). */
    public record Finding(String rule, String where, String message) {
        @Override
        public String toString() {
            return rule + " at " + where + ": " + message;
        }
    }

    static final String R21 = "2015-08-01";
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    private static final Pattern TS = Pattern.compile("\\d{8}(\\d{4}(\\d{2}(\\.\\d{1,4})?)?([+-]\\d{4})?)?|\\d{8}[+-]\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Section template root: {version, LOINC code, entry template roots (any of)}. */
    private static final Map<String, String[]> SECTIONS = Map.of(
            "2.16.840.1.113883.10.20.22.2.6.1", new String[] {R21, "48765-2", "2.16.840.1.113883.10.20.22.4.30"},
            "2.16.840.1.113883.10.20.22.2.1.1", new String[] {"2014-06-09", "10160-0", "2.16.840.1.113883.10.20.22.4.16"},
            "2.16.840.1.113883.10.20.22.2.5.1", new String[] {R21, "11450-4", "2.16.840.1.113883.10.20.22.4.3"},
            "2.16.840.1.113883.10.20.22.2.3.1", new String[] {R21, "30954-2", "2.16.840.1.113883.10.20.22.4.1"},
            "2.16.840.1.113883.10.20.22.2.17", new String[] {R21, "29762-2", "2.16.840.1.113883.10.20.22.4.38",
                    "2.16.840.1.113883.10.20.22.4.78", "2.16.840.1.113883.10.20.22.4.85", "2.16.840.1.113883.10.20.15.3.8"},
            "2.16.840.1.113883.10.20.22.2.4.1", new String[] {R21, "8716-3", "2.16.840.1.113883.10.20.22.4.26"},
            "2.16.840.1.113883.10.20.22.2.2.1", new String[] {R21, "11369-6", "2.16.840.1.113883.10.20.22.4.52"},
            "2.16.840.1.113883.10.20.22.2.7.1", new String[] {"2014-06-09", "47519-4", "2.16.840.1.113883.10.20.22.4.14",
                    "2.16.840.1.113883.10.20.22.4.13", "2.16.840.1.113883.10.20.22.4.12"},
            "2.16.840.1.113883.10.20.22.2.22.1", new String[] {R21, "46240-8", "2.16.840.1.113883.10.20.22.4.49"},
            "2.16.840.1.113883.10.20.22.2.10", new String[] {"2014-06-09", "18776-5"});
    private static final List<String> CCD_REQUIRED = List.of("2.16.840.1.113883.10.20.22.2.6.1",
            "2.16.840.1.113883.10.20.22.2.1.1", "2.16.840.1.113883.10.20.22.2.5.1", "2.16.840.1.113883.10.20.22.2.3.1",
            "2.16.840.1.113883.10.20.22.2.17", "2.16.840.1.113883.10.20.22.2.4.1");
    /** Entry template: {element name, statusCode required, effectiveTime required}. */
    private static final Map<String, String[]> STATEMENTS = Map.ofEntries(
            Map.entry("2.16.840.1.113883.10.20.22.4.30", new String[] {"act", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.7", new String[] {"observation", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.16", new String[] {"substanceAdministration", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.3", new String[] {"act", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.4", new String[] {"observation", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.1", new String[] {"organizer", "y", "n"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.2", new String[] {"observation", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.26", new String[] {"organizer", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.27", new String[] {"observation", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.52", new String[] {"substanceAdministration", "y", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.14", new String[] {"procedure", "y", "n"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.49", new String[] {"encounter", "n", "y"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.38", new String[] {"observation", "y", "n"}),
            Map.entry("2.16.840.1.113883.10.20.22.4.78", new String[] {"observation", "y", "y"}));

    private final List<Finding> findings = new ArrayList<>();

    private CcdaConformance() {
    }

    /** The broken rules of {@code xml}, empty when it conforms; a document that does not parse is one finding. */
    public static List<Finding> check(byte[] xml) {
        CcdaConformance c = new CcdaConformance();
        Document doc;
        try {
            doc = CdaSource.document(xml);
        } catch (CcdaRejectedException e) {
            c.fail("well-formed", "/", e.getMessage());
            return c.findings;
        }
        c.header(doc.getDocumentElement());
        c.sections(doc.getDocumentElement());
        c.dataTypes(doc);
        return List.copyOf(c.findings);
    }

    private void header(Element doc) {
        String at = "/ClinicalDocument";
        require("ClinicalDocument".equals(doc.getLocalName()) && Dom.HL7.equals(doc.getNamespaceURI()), "root", at,
                "the root is ClinicalDocument in urn:hl7-org:v3");
        require("US".equals(Dom.attr(Dom.child(doc, "realmCode"), "code")), "US Realm Header realmCode", at, "realmCode US");
        require("2.16.840.1.113883.1.3".equals(Dom.attr(Dom.child(doc, "typeId"), "root"))
                && "POCD_HD000040".equals(Dom.attr(Dom.child(doc, "typeId"), "extension")), "typeId", at, "typeId POCD_HD000040");
        require(hasVersionedTemplate(doc, "2.16.840.1.113883.10.20.22.1.1", R21), "US Realm Header templateId", at,
                "templateId 2.16.840.1.113883.10.20.22.1.1 extension 2015-08-01");
        require(hasVersionedTemplate(doc, "2.16.840.1.113883.10.20.22.1.2", R21), "CCD templateId", at,
                "templateId 2.16.840.1.113883.10.20.22.1.2 extension 2015-08-01");
        require(Dom.attr(Dom.child(doc, "id"), "root") != null, "document id", at, "id with a root");
        Element code = Dom.child(doc, "code");
        require("34133-9".equals(Dom.attr(code, "code")) && CodeSystems.LOINC.equals(Dom.attr(code, "codeSystem")),
                "CCD code", at, "code 34133-9 from LOINC");
        require(Dom.text(Dom.child(doc, "title")) != null, "title", at, "a title");
        require(Dom.attr(Dom.child(doc, "effectiveTime"), "value") != null, "document effectiveTime", at, "effectiveTime/@value");
        Element conf = Dom.child(doc, "confidentialityCode");
        require(List.of("N", "R", "V").contains(Dom.attr(conf, "code"))
                && "2.16.840.1.113883.5.25".equals(Dom.attr(conf, "codeSystem")), "confidentialityCode", at,
                "confidentialityCode N, R or V from 2.16.840.1.113883.5.25");
        require(Dom.attr(Dom.child(doc, "languageCode"), "code") != null, "languageCode", at, "languageCode/@code");
        Element role = Dom.child(doc, "recordTarget", "patientRole");
        require(role != null, "recordTarget", at, "recordTarget/patientRole");
        if (role != null) {
            String r = at + "/recordTarget/patientRole";
            require(!Dom.children(role, "id").isEmpty(), "patientRole id", r, "at least one id");
            require(!Dom.children(role, "addr").isEmpty(), "patientRole addr", r, "at least one addr (or nullFlavor)");
            require(!Dom.children(role, "telecom").isEmpty(), "patientRole telecom", r, "at least one telecom (or nullFlavor)");
            Element patient = Dom.child(role, "patient");
            for (String e : List.of("name", "administrativeGenderCode", "birthTime", "raceCode", "ethnicGroupCode")) {
                require(Dom.child(patient, e) != null, "patient " + e, r + "/patient", e + " (a value or a nullFlavor)");
            }
        }
        Element author = Dom.child(doc, "author");
        require(author != null && Dom.child(author, "time") != null, "author time", at, "author with time");
        Element assigned = Dom.child(author, "assignedAuthor");
        require(assigned != null && Dom.child(assigned, "id") != null && Dom.child(assigned, "addr") != null
                        && Dom.child(assigned, "telecom") != null
                        && (Dom.child(assigned, "assignedPerson") != null || Dom.child(assigned, "assignedAuthoringDevice") != null),
                "assignedAuthor", at + "/author", "id, addr, telecom and assignedPerson or assignedAuthoringDevice");
        Element device = Dom.child(assigned, "assignedAuthoringDevice");
        if (device != null) {
            require(Dom.child(device, "manufacturerModelName") != null && Dom.child(device, "softwareName") != null,
                    "assignedAuthoringDevice", at + "/author", "manufacturerModelName and softwareName");
        }
        Element custodian = Dom.child(doc, "custodian", "assignedCustodian", "representedCustodianOrganization");
        require(custodian != null && Dom.child(custodian, "id") != null && Dom.child(custodian, "name") != null
                        && Dom.child(custodian, "telecom") != null && Dom.child(custodian, "addr") != null,
                "custodian organization", at + "/custodian", "id, name, telecom and addr");
        Element service = Dom.child(doc, "documentationOf", "serviceEvent");
        require(service != null && "PCPR".equals(Dom.attr(service, "classCode"))
                        && Dom.child(service, "effectiveTime", "low") != null, "CCD serviceEvent", at + "/documentationOf",
                "serviceEvent classCode PCPR with effectiveTime/low");
    }

    private void sections(Element doc) {
        Element body = Dom.child(doc, "component", "structuredBody");
        if (body == null) {
            fail("structuredBody", "/ClinicalDocument/component", "a CCD has a structuredBody");
            return;
        }
        Set<String> present = new HashSet<>();
        int n = 0;
        for (Element component : Dom.children(body, "component")) {
            n++;
            Element section = Dom.child(component, "section");
            String at = "/ClinicalDocument/component/structuredBody/component[" + n + "]/section";
            if (section == null) {
                fail("section", at, "every body component holds a section");
                continue;
            }
            String root = null;
            for (String t : Dom.templateIds(section)) {
                if (SECTIONS.containsKey(t)) {
                    root = t;
                }
            }
            if (root == null) {
                continue;
            }
            present.add(root);
            String[] spec = SECTIONS.get(root);
            require(hasVersionedTemplate(section, root, spec[0]), "section templateId", at, root + " extension " + spec[0]);
            Element code = Dom.child(section, "code");
            require(spec[1].equals(Dom.attr(code, "code")) && CodeSystems.LOINC.equals(Dom.attr(code, "codeSystem")),
                    "section code", at, "code " + spec[1] + " from LOINC");
            require(Dom.text(Dom.child(section, "title")) != null, "section title", at, "a title");
            require(Dom.child(section, "text") != null, "section text", at, "a narrative text");
            List<Element> entries = Dom.children(section, "entry");
            boolean entriesRequired = root.endsWith(".1") && spec.length > 2;
            if (entriesRequired && Dom.nullFlavor(section) == null) {
                require(!entries.isEmpty(), "entries required", at, "at least one entry, or nullFlavor NI");
            }
            int e = 0;
            for (Element entry : entries) {
                e++;
                List<Element> statements = Dom.children(entry);
                statements.removeIf(s -> "templateId".equals(s.getLocalName()));
                Element stmt = statements.isEmpty() ? null : statements.get(0);
                boolean known = false;
                for (int i = 2; i < spec.length && stmt != null; i++) {
                    known |= Dom.hasTemplate(stmt, spec[i]);
                }
                require(known, "entry template", at + "/entry[" + e + "]", "an entry in one of "
                        + String.join(", ", List.of(spec).subList(2, spec.length)));
                if (stmt != null) {
                    statement(stmt, at + "/entry[" + e + "]/" + stmt.getLocalName());
                }
            }
        }
        for (String required : CCD_REQUIRED) {
            require(present.contains(required), "CCD required section", "/ClinicalDocument/component/structuredBody",
                    "section " + required);
        }
    }

    /** The statement and every templated statement nested in it. */
    private void statement(Element stmt, String at) {
        for (String t : Dom.templateIds(stmt)) {
            String[] spec = STATEMENTS.get(t);
            if (spec == null) {
                continue;
            }
            require(spec[0].equals(stmt.getLocalName()), "entry element", at, t + " is a " + spec[0]);
            require(Dom.child(stmt, "id") != null, "entry id", at, t + " has an id");
            if ("y".equals(spec[1])) {
                require(Dom.attr(Dom.child(stmt, "statusCode"), "code") != null, "entry statusCode", at, t + " has a statusCode");
            }
            if ("y".equals(spec[2])) {
                require(Dom.child(stmt, "effectiveTime") != null, "entry effectiveTime", at, t + " has an effectiveTime");
            }
            switch (t) {
                case "2.16.840.1.113883.10.20.22.4.30" -> require(!Entries.related(stmt, "2.16.840.1.113883.10.20.22.4.7").isEmpty(),
                        "allergy concern", at, "holds an Allergy - Intolerance Observation");
                case "2.16.840.1.113883.10.20.22.4.3" -> require(!Entries.related(stmt, "2.16.840.1.113883.10.20.22.4.4").isEmpty(),
                        "problem concern", at, "holds a Problem Observation");
                case "2.16.840.1.113883.10.20.22.4.7", "2.16.840.1.113883.10.20.22.4.4" -> {
                    require(Dom.child(stmt, "value") != null, "observation value", at, t + " has a value");
                    require(Dom.child(stmt, "effectiveTime", "low") != null, "observation onset", at, t + " has effectiveTime/low");
                }
                case "2.16.840.1.113883.10.20.22.4.16", "2.16.840.1.113883.10.20.22.4.52" -> {
                    Element product = Dom.child(stmt, "consumable", "manufacturedProduct");
                    require(product != null && Dom.child(product, "manufacturedMaterial", "code") != null, "consumable", at,
                            "consumable/manufacturedProduct/manufacturedMaterial/code");
                    if (t.endsWith(".52")) {
                        require(stmt.hasAttribute("negationInd"), "immunization negationInd", at, "@negationInd");
                    }
                }
                case "2.16.840.1.113883.10.20.22.4.1", "2.16.840.1.113883.10.20.22.4.26" -> require(
                        !ResultComponents.of(stmt).isEmpty(), "organizer components", at, "at least one component observation");
                case "2.16.840.1.113883.10.20.22.4.27" -> {
                    Element value = Dom.child(stmt, "value");
                    require(value != null && "PQ".equals(explicitType(value)), "vital sign value", at, "a PQ value");
                }
                case "2.16.840.1.113883.10.20.22.4.2" -> require(Dom.child(stmt, "value") != null, "result value", at,
                        "a value (or a nullFlavor)");
                default -> {
                }
            }
        }
        int i = 0;
        for (Element child : Dom.children(stmt)) {
            i++;
            if ("entryRelationship".equals(child.getLocalName()) || "component".equals(child.getLocalName())) {
                for (Element nested : Dom.children(child)) {
                    statement(nested, at + "/" + child.getLocalName() + "[" + i + "]/" + nested.getLocalName());
                }
            }
        }
    }

    private void dataTypes(Document doc) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> references = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(Dom.HL7, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            String id = Dom.attr(e, "ID");
            if (id != null) {
                ids.merge(id, 1, Integer::sum);
            }
            if ("reference".equals(name) && Dom.attr(e, "value") != null) {
                references.add(Dom.attr(e, "value"));
            }
            if (e.hasAttribute("code") && e.hasAttribute("codeSystem") && !OID.matcher(e.getAttribute("codeSystem")).matches()) {
                fail("code system", path(e), "codeSystem is not an OID: " + e.getAttribute("codeSystem"));
            }
            if (e.hasAttribute("code") && !e.hasAttribute("codeSystem") && isCoded(e)) {
                fail("code system", path(e), "a code without its codeSystem");
            }
            String type = explicitType(e);
            boolean time = List.of("effectiveTime", "low", "high", "time", "birthTime", "center").contains(name)
                    && !"PQ".equals(type) && !isQuantityBound(e) || "TS".equals(type) || "IVL_TS".equals(type);
            if (time && e.hasAttribute("value")) {
                String v = e.getAttribute("value");
                if (!TS.matcher(v).matches() && !v.matches("\\d{4}(\\d{2})?")) {
                    fail("TS", path(e), "not an HL7 time: " + v);
                } else if (v.length() > 8 && !v.matches(".*[+-]\\d{4}$")) {
                    fail("TS time zone", path(e), "more precise than the day without a time-zone offset: " + v);
                } else if (v.length() < 8 && !"birthTime".equals(name) && isUsRealmDateTime(e)) {
                    fail("TS precision", path(e), "an entry time precise to less than the day: " + v);
                }
            }
            if (("PQ".equals(type) || isQuantityBound(e) || "doseQuantity".equals(name)) && e.hasAttribute("value")
                    && !NUMBER.matcher(e.getAttribute("value")).matches()) {
                fail("PQ", path(e), "a quantity's value is not a number: " + e.getAttribute("value"));
            }
        }
        ids.forEach((id, count) -> require(count == 1, "unique ID", "#" + id, "ID used " + count + " times"));
        for (String ref : references) {
            require(ref.startsWith("#") && ids.containsKey(ref.substring(1)), "narrative reference", ref,
                    "points at no ID of the document");
        }
    }

    /** Document and entry times must be at least a day (US Realm DTM); a year or month is allowed for onsets given so. */
    private static boolean isUsRealmDateTime(Element e) {
        return "time".equals(e.getLocalName());
    }

    private static boolean isCoded(Element e) {
        String name = e.getLocalName();
        return !List.of("statusCode", "realmCode", "languageCode", "event", "regionOfInterest").contains(name)
                && !name.endsWith("Code") || List.of("routeCode", "targetSiteCode", "raceCode", "ethnicGroupCode",
                "administrativeGenderCode", "interpretationCode", "confidentialityCode").contains(name);
    }

    private static boolean isQuantityBound(Element e) {
        if (!(e.getParentNode() instanceof Element parent)) {
            return false;
        }
        String type = explicitType(parent);
        return ("low".equals(e.getLocalName()) || "high".equals(e.getLocalName()))
                && ("IVL_PQ".equals(type) || "doseQuantity".equals(parent.getLocalName()) || e.hasAttribute("unit"));
    }

    /** The xsi:type given (local part), or null. */
    private static String explicitType(Element e) {
        String t = e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
        return t == null || t.isBlank() ? null : t.substring(t.indexOf(':') + 1).trim();
    }

    private static boolean hasVersionedTemplate(Element e, String root, String extension) {
        for (Element t : Dom.children(e, "templateId")) {
            if (root.equals(Dom.attr(t, "root")) && extension.equals(Dom.attr(t, "extension"))) {
                return true;
            }
        }
        return false;
    }

    private static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
            sb.insert(0, "/" + el.getLocalName());
        }
        return sb.toString();
    }

    private void require(boolean ok, String rule, String where, String message) {
        if (!ok) {
            fail(rule, where, message);
        }
    }

    private void fail(String rule, String where, String message) {
        findings.add(new Finding(rule, where, message));
    }

    /** The observations of an organizer's components. */
    private static final class ResultComponents {
        static List<Element> of(Element organizer) {
            List<Element> out = new ArrayList<>();
            for (Element c : Dom.children(organizer, "component")) {
                Element o = Dom.child(c, "observation");
                if (o != null) {
                    out.add(o);
                }
            }
            return out;
        }
    }
}
