package dev.crossway.directory.infrastructure.atna;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AtnaEvent} as a DICOM PS3.15 audit message (the schema IHE's ATNA profile
 * uses, successor of RFC 3881), with the event ids, roles and participant objects that the IHE
 * ITI TF-2 audit sections give for ITI-55 (3.55.5.1), ITI-38 (3.38.5.1) and ITI-39 (3.39.5.1):
 * Query (110112) on both sides of ITI-55 and ITI-38; Import (110107) at the initiating and
 * Export (110106) at the responding gateway of ITI-39.
 *
 * <p>Written with the JDK's StAX writer rather than IPF's {@code ipf-commons-audit}: IPF builds
 * these messages well but sends them itself, at once, while an outbox needs the message as text
 * in the same database transaction as the audit record; and its builders would bring jdom2 and
 * its own audit context into the EAR for a dozen elements. IPF is used in the tests, for the
 * DICOM schema it ships, against which every message here is validated.
 */
public final class AtnaMessages {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final String PURPOSE_OF_USE_SYSTEM = "2.16.840.1.113883.3.18.7.1";
    private static final String SNOMED_CT = "2.16.840.1.113883.6.96";

    private AtnaMessages() {
    }

    public static String xml(AtnaEvent e, AtnaSettings source) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("AuditMessage");
            event(w, e);
            boolean retrieve = "ITI-39".equals(e.transaction());
            AtnaEvent.Participant src = retrieve ? e.responder() : e.requestor();
            AtnaEvent.Participant dst = retrieve ? e.requestor() : e.responder();
            system(w, src, !retrieve, "110153", "Source Role ID");
            if (e.human() != null && e.human().userId() != null) {
                w.writeStartElement("ActiveParticipant");
                w.writeAttribute("UserID", e.human().userId());
                if (e.human().userName() != null) {
                    w.writeAttribute("UserName", e.human().userName());
                }
                w.writeAttribute("UserIsRequestor", "true");
                if (e.humanRole() != null) {
                    coded(w, "RoleIDCode", e.humanRole(), SNOMED_CT, e.humanRole());
                }
                w.writeEndElement();
            }
            system(w, dst, retrieve, "110152", "Destination Role ID");
            w.writeStartElement("AuditSourceIdentification");
            if (source.enterpriseSiteId() != null) {
                w.writeAttribute("AuditEnterpriseSiteID", source.enterpriseSiteId());
            }
            w.writeAttribute("AuditSourceID", source.sourceId());
            w.writeEmptyElement("AuditSourceTypeCode");
            w.writeAttribute("csd-code", "4");
            w.writeAttribute("codeSystemName", "DCM");
            w.writeAttribute("originalText", "Application Server Process");
            w.writeEndElement();
            for (String patient : e.patients()) {
                w.writeStartElement("ParticipantObjectIdentification");
                w.writeAttribute("ParticipantObjectID", patient);
                w.writeAttribute("ParticipantObjectTypeCode", "1");
                w.writeAttribute("ParticipantObjectTypeCodeRole", "1");
                coded(w, "ParticipantObjectIDTypeCode", "2", "RFC-3881", "Patient Number");
                w.writeEndElement();
            }
            if (!retrieve) {
                w.writeStartElement("ParticipantObjectIdentification");
                if (e.queryId() != null) {
                    w.writeAttribute("ParticipantObjectID", e.queryId());
                }
                w.writeAttribute("ParticipantObjectTypeCode", "2");
                w.writeAttribute("ParticipantObjectTypeCodeRole", "24");
                coded(w, "ParticipantObjectIDTypeCode", e.transaction(), "IHE Transactions", name(e.transaction()));
                detail(w, "ihe:homeCommunityID", e.homeCommunityId());
                w.writeEndElement();
            }
            for (String document : e.documents()) {
                w.writeStartElement("ParticipantObjectIdentification");
                w.writeAttribute("ParticipantObjectID", document);
                w.writeAttribute("ParticipantObjectTypeCode", "2");
                w.writeAttribute("ParticipantObjectTypeCodeRole", "3");
                coded(w, "ParticipantObjectIDTypeCode", "9", "RFC-3881", "Report Number");
                detail(w, "ihe:homeCommunityID", e.homeCommunityId());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("cannot write the ATNA message: " + ex.getMessage(), ex);
        }
        return out.toString();
    }

    private static void event(XMLStreamWriter w, AtnaEvent e) throws XMLStreamException {
        String[] id = eventId(e);
        w.writeStartElement("EventIdentification");
        w.writeAttribute("EventActionCode", id[3]);
        w.writeAttribute("EventDateTime", e.at().toString());
        w.writeAttribute("EventOutcomeIndicator", e.outcome().code);
        coded(w, "EventID", id[0], "DCM", id[1]);
        coded(w, "EventTypeCode", e.transaction(), "IHE Transactions", name(e.transaction()));
        if (e.outcomeDescription() != null) {
            w.writeStartElement("EventOutcomeDescription");
            w.writeCharacters(e.outcomeDescription());
            w.writeEndElement();
        }
        if (e.purposeOfUse() != null) {
            coded(w, "PurposeOfUse", e.purposeOfUse(), PURPOSE_OF_USE_SYSTEM, e.purposeOfUse());
        }
        w.writeEndElement();
    }

    /** {code, text, (unused), EventActionCode}. */
    private static String[] eventId(AtnaEvent e) {
        if (!"ITI-39".equals(e.transaction())) {
            return new String[] {"110112", "Query", null, "E"};
        }
        return e.side() == AtnaEvent.Side.INITIATOR ? new String[] {"110107", "Import", null, "C"}
                : new String[] {"110106", "Export", null, "R"};
    }

    static String name(String transaction) {
        return switch (transaction) {
            case "ITI-55" -> "Cross Gateway Patient Discovery";
            case "ITI-38" -> "Cross Gateway Query";
            case "ITI-39" -> "Cross Gateway Retrieve";
            default -> transaction;
        };
    }

    private static void system(XMLStreamWriter w, AtnaEvent.Participant p, boolean requestor, String role, String roleText)
            throws XMLStreamException {
        w.writeStartElement("ActiveParticipant");
        w.writeAttribute("UserID", p == null || p.userId() == null ? "unknown" : p.userId());
        w.writeAttribute("UserIsRequestor", String.valueOf(requestor));
        if (p != null && p.address() != null && !p.address().isBlank()) {
            w.writeAttribute("NetworkAccessPointID", p.address());
            w.writeAttribute("NetworkAccessPointTypeCode", isIp(p.address()) ? "2" : "1");
        }
        coded(w, "RoleIDCode", role, "DCM", roleText);
        w.writeEndElement();
    }

    private static boolean isIp(String address) {
        return address.matches("[0-9.]+") || address.contains(":");
    }

    private static void coded(XMLStreamWriter w, String element, String code, String system, String text)
            throws XMLStreamException {
        w.writeEmptyElement(element);
        w.writeAttribute("csd-code", code);
        w.writeAttribute("codeSystemName", system);
        w.writeAttribute("originalText", text);
    }

    private static void detail(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeEmptyElement("ParticipantObjectDetail");
        w.writeAttribute("type", type);
        w.writeAttribute("value", Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }
}
