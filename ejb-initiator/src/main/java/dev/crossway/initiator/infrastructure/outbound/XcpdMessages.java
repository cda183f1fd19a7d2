package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.id.RandomUuids;
import dev.crossway.interop.xcpd.Address;
import dev.crossway.interop.xcpd.BirthTimeCriterion;
import dev.crossway.interop.xcpd.Device;
import dev.crossway.interop.xcpd.Gender;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.interop.xcpd.QueryParameters;
import dev.crossway.interop.xcpd.Telecom;
import dev.crossway.interop.xcpd.CorrelationTimeToLive;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/** ITI-55 both ways: our demographics into a query, a community's answer into matches and a status. */
final class XcpdMessages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private XcpdMessages() {
    }

    static Element query(Demographics p, HomeCommunityId home, String targetOid) {
        List<String> given = Stream.of(p.firstName(), p.middleName()).filter(XcpdMessages::present).toList();
        PersonName name = new PersonName(given, Optional.ofNullable(p.lastName()), List.of(), List.of());
        List<Address> addresses = present(p.street()) || present(p.city()) || present(p.zip())
                ? List.of(Address.of(present(p.street()) ? List.of(p.street()) : List.of(), p.city(), p.state(), p.zip(), null))
                : List.of();
        List<Telecom> telecoms = new ArrayList<>();
        if (present(p.homePhone())) {
            telecoms.add(new Telecom("tel:" + p.homePhone().trim(), Optional.of("HP")));
        }
        if (present(p.mobilePhone())) {
            telecoms.add(new Telecom("tel:" + p.mobilePhone().trim(), Optional.of("MC")));
        }
        QueryParameters parameters = new QueryParameters(List.of(name),
                Optional.of(BirthTimeCriterion.of(DAY.format(p.birthDate()))), Optional.ofNullable(gender(p.sex())),
                addresses, telecoms, p.identifiers(), List.of(), Optional.empty());
        HomeCommunityId target = HomeCommunityId.of(targetOid);
        PatientDiscoveryQuery q = new PatientDiscoveryQuery(InstanceId.of(RandomUuids.next().toString()), Hl7Time.now(),
                Device.of(home.oid().value(), home), Device.of(target.oid().value(), target),
                InstanceId.of(RandomUuids.next().toString()), false, Optional.empty(), parameters);
        return PatientDiscoveryQueryWriter.write(q);
    }

    static DiscoveryAnswer answer(Community c, CallResult r) {
        if (!r.ok()) {
            return new DiscoveryAnswer(Outcomes.failed(c, r), List.of());
        }
        PatientDiscoveryResponse response;
        try {
            response = PatientDiscoveryResponseReader.read(r.message().envelope().payload());
        } catch (RuntimeException e) {
            return new DiscoveryAnswer(Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), "malformed response: " + e.getMessage()), List.of());
        }
        Duration ttl = correlationTtl(r);
        return switch (response.outcome()) {
            case MATCH, MULTIPLE_MATCHES -> new DiscoveryAnswer(Outcomes.of(c, SourceOutcome.MATCHED, r.elapsedMs(), null),
                    response.matches().stream().map(m -> match(c, m, ttl)).toList());
            case NO_MATCH -> new DiscoveryAnswer(Outcomes.of(c, SourceOutcome.NO_MATCH, r.elapsedMs(), null), List.of());
            case MORE_ATTRIBUTES_REQUESTED -> new DiscoveryAnswer(Outcomes.of(c, SourceOutcome.MORE_ATTRIBUTES_REQUESTED,
                    r.elapsedMs(), String.join(", ", response.requestedAttributes())), List.of());
            case ERROR -> new DiscoveryAnswer(Outcomes.of(c, SourceOutcome.ERROR, r.elapsedMs(), errorText(response)), List.of());
        };
    }

    private static String errorText(PatientDiscoveryResponse r) {
        List<String> parts = new ArrayList<>(r.errorCodes());
        r.acknowledgementDetails().forEach(d -> parts.add(d.text().orElse("")));
        String text = String.join(": ", parts.stream().filter(s -> !s.isBlank()).toList());
        return text.isEmpty() ? "responder error" : text;
    }

    /**
     * The answer's {@code CorrelationTimeToLive} SOAP header (ITI-55, Health Data Locator option): how
     * long the correlation may be reused. Absent or malformed: none, the link is not reused.
     */
    static Duration correlationTtl(CallResult r) {
        try {
            return CorrelationTimeToLive.read(r.message().envelope()).map(CorrelationTimeToLive::duration).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Match match(Community c, PatientMatch m, Duration ttl) {
        List<PatientId> ids = new ArrayList<>();
        ids.add(m.patientId());
        m.otherIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return new Match(c.organizationId(), c.organizationName(), ids, Demographic.of(ids, m.demographics()), ttl);
    }

    private static Gender gender(String sex) {
        if (!present(sex)) {
            return null;
        }
        return switch (sex.trim().toUpperCase(java.util.Locale.ROOT).charAt(0)) {
            case 'M' -> Gender.M;
            case 'F' -> Gender.F;
            default -> Gender.UN;
        };
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
