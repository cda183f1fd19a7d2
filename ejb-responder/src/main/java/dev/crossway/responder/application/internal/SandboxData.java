package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.PatientForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's synthetic network: three stored-mode communities, the same patient (the patient
 * of the HL7 C-CDA examples, so the documents fit) in each, a few distinct ones, and which example
 * documents each community holds.
 */
final class SandboxData {

    static final String ROOT = "2.16.840.1.113883.3.9999.1";
    static final List<String> NAMES = List.of("Crossway Sandbox North", "Crossway Sandbox South", "Crossway Sandbox West");
    static final Map<Integer, List<String>> DOCUMENTS = Map.of(
            1, List.of("CCD_1.xml", "History_and_Physical.xml"),
            2, List.of("CCD_2.xml", "Consultation_Note.xml"),
            3, List.of("Discharge_Summary.xml", "Progress_Note.xml", "Referral_Note.xml"));

    private SandboxData() {
    }

    static String hcid(int n) {
        return ROOT + "." + n;
    }

    static Oid authority(int n) {
        return Oid.of(hcid(n) + ".1");
    }

    static CommunityForm community(int n) {
        return new CommunityForm(hcid(n), NAMES.get(n - 1), authority(n).value(), "Stored", List.of("TREATMENT"),
                null, hcid(n) + ".2");
    }

    /** Alice Newman, registered in every community under its own authority. */
    static PatientForm alice(int n) {
        return new PatientForm(hcid(n), List.of(new PatientId("ALICE-" + n, authority(n))), "Alice", "Jones", "Newman",
                LocalDate.of(1970, 5, 1), "Female", "1357 Amber Drive", "Beaverton", "OR", "97006", "555-723-1544", null);
    }

    /** A few patients found in one community only. */
    static List<PatientForm> others(int n) {
        return switch (n) {
            case 1 -> List.of(new PatientForm(hcid(n), List.of(new PatientId("N-1001", authority(n))), "Robert", null,
                    "Garcia-Lopez", LocalDate.of(1962, 11, 30), "Male", "42 Oak Street", "Portland", "OR", "97205",
                    "503-555-0142", null));
            case 2 -> List.of(new PatientForm(hcid(n), List.of(new PatientId("S-2001", authority(n))), "Zoë", null,
                    "Müller", LocalDate.of(1985, 2, 14), "Female", "9 Elm Court", "Salem", "OR", "97301", null, "971-555-0199"));
            default -> List.of(new PatientForm(hcid(n), List.of(new PatientId("W-3001", authority(n))), "Mary-Ann", null,
                    "O'Neil", LocalDate.of(1990, 7, 4), "Female", "77 Bay Road", "Eugene", "OR", "97401", "541-555-0177", null));
        };
    }
}
