package dev.crossway.perf.responder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** Where the server's CPU samples (jdk.ExecutionSample) fall: hottest methods, and inclusive shares by area. */
final class JfrSummary {

    /** Areas, matched against every frame of a sample (inclusive: a sample counts once per area it passes through). */
    static final Map<String, String[]> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("WS-Security / SAML verification (interop saml.*)", new String[] {"dev.crossway.interop.saml."});
        AREAS.put("XML signature (Santuario org.apache.xml.security)", new String[] {"org.apache.xml.security."});
        AREAS.put("RSA / SHA (sun.security, java.security)", new String[] {"sun.security.", "java.security.", "javax.crypto."});
        AREAS.put("XML parse (SecureXml, Xerces/StAX)", new String[] {"dev.crossway.interop.xml.SecureXml",
                "com.sun.org.apache.xerces.", "com.ctc.wstx.", "org.apache.xerces."});
        AREAS.put("XML serialise (Transformer/LSSerializer)", new String[] {"com.sun.org.apache.xml.internal.serializer.",
                "com.sun.org.apache.xalan.", "dev.crossway.interop.soap.SoapSerializer"});
        AREAS.put("XCPD read/write (interop xcpd.*)", new String[] {"dev.crossway.interop.xcpd."});
        AREAS.put("XCA read/write (interop xca.*)", new String[] {"dev.crossway.interop.xca."});
        AREAS.put("responder application (dev.crossway.responder)", new String[] {"dev.crossway.responder."});
        AREAS.put("GatewayEndpoint (the whole SOAP request inside the EAR)", new String[] {"GatewayEndpoint", "GatewayServlet"});
        AREAS.put("SecurityGate (WS-Security + SAML + trust anchors)", new String[] {"SecurityGate"});
        AREAS.put("XcpdResponder.answer (routing, cache, response, audit)", new String[] {"XcpdResponder.answer"});
        AREAS.put("DefaultRespondingGateway (the EJB call, whole)", new String[] {"DefaultRespondingGateway."});
        AREAS.put("SOAP response writing", new String[] {"PatientDiscoveryResponseWriter", "SoapReplies", "CorrelationTimeToLive"});
        AREAS.put("community lookup (Route / JpaCommunityRepository)", new String[] {"JpaCommunityRepository", "Route.of"});
        AREAS.put("trust anchors (TrustAnchorCache / repository)", new String[] {"TrustAnchorCache", "JpaTrustAnchorRepository"});
        AREAS.put("audit write", new String[] {"GatewayAudit", "AuditWriter", "JpaAuditTrail", "AuditService"});
        AREAS.put("replay cache (InfinispanReplayCache, SecurityGate.replayKey)", new String[] {"InfinispanReplayCache",
                "SecurityGate.replayKey"});
        AREAS.put("per-initiator token bucket (InitiatorRateLimit, bucket4j)", new String[] {"InitiatorRateLimit",
                "io.github.bucket4j."});
        AREAS.put("identity cache (InfinispanIdentityStore)", new String[] {"InfinispanIdentityStore"});
        AREAS.put("Infinispan, any cache (replay and identity)", new String[] {"org.infinispan."});
        AREAS.put("JPA / Hibernate", new String[] {"org.hibernate."});
        AREAS.put("JDBC driver", new String[] {"com.mysql.", "org.mariadb."});
        AREAS.put("transactions (Narayana)", new String[] {"com.arjuna.", "org.jboss.tm."});
        AREAS.put("through an EJB/CDI proxy (inclusive: nearly everything below it)", new String[] {"org.jboss.as.ejb3.", "org.jboss.weld."});
        AREAS.put("HTTP (Undertow, XNIO)", new String[] {"io.undertow.", "org.xnio."});
        AREAS.put("JAX-RS / servlet (RESTEasy)", new String[] {"org.jboss.resteasy."});
        AREAS.put("OIDC / Elytron HTTP authentication (not the runAs wrappers around every request)",
                new String[] {"org.wildfly.security.http."});
        AREAS.put("logging", new String[] {"org.jboss.logmanager.", "org.jboss.logging."});
        // the registration path (NewPatient through the partner API)
        AREAS.put("NewPatient: PatientAdminResource (the whole call inside the EAR)", new String[] {"PatientAdminResource."});
        AREAS.put("NewPatient: PatientService (look-ups, insert, invalidation, audit)", new String[] {"PatientService."});
        AREAS.put("identity-cache invalidation (generations putAll)", new String[] {"InfinispanIdentityStore.invalidate"});
        AREAS.put("caller resolution and grants (Callers, LiveGrants)", new String[] {"dev.crossway.web.access."});
        AREAS.put("JSON (Jackson)", new String[] {"com.fasterxml.jackson."});
        AREAS.put("bearer token check (Elytron OIDC, JWT)", new String[] {"org.wildfly.security.http.oidc.", "org.jose4j."});
        AREAS.put("transaction commit (Narayana commit, JDBC commit)", new String[] {"TransactionImple.commit",
                "TransactionImple.doCommit", "ConnectionImpl.commit"});
    }

    private JfrSummary() {
    }

    static String summarise(Path file) {
        return summarise(file, "cache hits");
    }

    /** As {@link #summarise(Path)}, {@code during} naming the load that ran while it recorded. */
    static String summarise(Path file, String during) {
        try {
            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> area = new LinkedHashMap<>();
            Map<String, Integer> threads = new HashMap<>();
            int samples = 0;
            for (RecordedEvent e : events) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "N"), 1, Integer::sum);
                self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
                for (Map.Entry<String, String[]> a : AREAS.entrySet()) {
                    boolean in = false;
                    for (RecordedFrame f : st.getFrames()) {
                        String n = name(f);
                        for (String p : a.getValue()) {
                            if (n.contains(p)) {
                                in = true;
                                break;
                            }
                        }
                        if (in) {
                            break;
                        }
                    }
                    if (in) {
                        area.merge(a.getKey(), 1, Integer::sum);
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("JFR (settings=profile) on the WildFly JVM during %s: %,d execution samples.%n%n", during, samples));
            sb.append("| area (inclusive: samples with a frame in it) | share |\n|---|---|\n");
            final int total = Math.max(1, samples);
            area.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                    .forEach(x -> sb.append(String.format("| %s | %.1f%% |%n", x.getKey(), 100.0 * x.getValue() / total)));
            sb.append("\n| hottest methods (self) | share |\n|---|---|\n");
            self.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(20)
                    .forEach(x -> sb.append(String.format("| `%s` | %.1f%% |%n", x.getKey(), 100.0 * x.getValue() / total)));
            sb.append("\n| thread (digits folded) | share |\n|---|---|\n");
            threads.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                    .forEach(x -> sb.append(String.format("| %s | %.1f%% |%n", x.getKey(), 100.0 * x.getValue() / total)));
            return sb.toString();
        } catch (Exception e) {
            return "JFR summary failed: " + e + "\n";
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
