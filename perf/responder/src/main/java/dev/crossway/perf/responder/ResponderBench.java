package dev.crossway.perf.responder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Responding gateway load test. Sets up a hosted community with generated patients and a 200 KB
 * C-CDA through the public API, pre-builds signed XCPD and XCA requests, warms the server up with
 * the mix, then measures each scenario and the mix with N closed-loop users.
 */
public final class ResponderBench {

    static final String COMMUNITY = "2.16.840.1.113883.3.9999.600";
    static final String AUTHORITY = "2.16.840.1.113883.3.9999.600.1";
    static final String INITIATOR = "2.16.840.1.113883.3.9999.42";

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = args(argv);
        String base = a.getOrDefault("api", "http://localhost:8680");
        Api api = new Api(base, a.get("token-url"));
        int patients = Integer.parseInt(a.getOrDefault("patients", "10000"));
        int withDocuments = Integer.parseInt(a.getOrDefault("with-documents", "50"));
        int users = Integer.parseInt(a.getOrDefault("users", "16"));
        double warmup = Double.parseDouble(a.getOrDefault("warmup-seconds", "60"));
        double measure = Double.parseDouble(a.getOrDefault("measure-seconds", "60"));
        int hitKeys = Integer.parseInt(a.getOrDefault("hit-keys", "1000"));
        int pool = Integer.parseInt(a.getOrDefault("pool", "3000"));
        int missPool = Integer.parseInt(a.getOrDefault("miss-pool", "8000"));
        int signThreads = Integer.parseInt(a.getOrDefault("sign-threads", "2"));
        long serverPid = Long.parseLong(a.getOrDefault("server-pid", "0"));
        long dbPid = Long.parseLong(a.getOrDefault("db-pid", "0"));
        String jcmd = a.get("jcmd");
        Path out = Path.of(a.getOrDefault("out", "results.md"));
        List<String> scenarios = Arrays.asList(a.getOrDefault("scenarios", "hit,miss,nomatch,xca-query,retrieve,mix").split(","));
        StringBuilder report = new StringBuilder();

        // --- setup through the API ---------------------------------------------------------------
        SigningCredential credential = DevCredentials.selfSigned("CN=crossway-perf-initiator,O=Crossway Perf",
                Instant.now().minusSeconds(3600), Duration.ofDays(2));
        Api.Reply r = api.post("admin/trust-anchors?label=perf-initiator", api.admin(), credential.certificatesPem(), "text/plain");
        check(r.status() == 201, "trust anchor: " + r);
        r = api.post("admin/communities", api.admin(), """
                {"HomeCommunityId": "%s", "Name": "Perf Community", "AssigningAuthority": "%s", "Mode": "Stored",
                 "PurposesOfUse": ["TREATMENT"]}""".formatted(COMMUNITY, AUTHORITY));
        check(r.status() == 200 || r.status() == 201, "community: " + r);

        long t0 = System.nanoTime();
        AtomicLong refused = new AtomicLong();
        parallel(4, patients, i -> {
            Population.Person p = Population.person(i);
            Api.Reply pr = api.post("PatientAdmin/NewPatient", api.partner(), """
                    {"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "%s"},
                     "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}],
                      "Demographics": {"FirstName": "%s", "LastName": "%s", "DOB": "%s", "Sex": "%s",
                       "Address": {"StreetAddress": "%s", "City": "%s", "State": "%s", "ZIP": "%s"},
                       "PhoneNumber": {"Home": "%s"}}}}""".formatted(COMMUNITY, p.id(), AUTHORITY, p.first(), p.last(), p.dob(),
                    p.sex(), p.street(), p.city(), p.state(), p.zip(), p.phone()));
            if (pr.status() != 201) {
                if (refused.incrementAndGet() < 3) {
                    System.err.println("NewPatient " + p.id() + ": " + pr);
                }
            }
            return null;
        });
        double patientSeconds = (System.nanoTime() - t0) / 1e9;
        log("%d patients registered in %.1f s (%.0f/s, %d refused)", patients, patientSeconds, patients / patientSeconds,
                refused.get());

        byte[] document = paddedCcda(Path.of(a.getOrDefault("ccda",
                "/work/shared/samples/ccda/hl7-c-cda-examples/CCD_1.xml")), 200 * 1024);
        String documentB64 = Base64.getEncoder().encodeToString(document);
        List<String[]> documents = new ArrayList<>(); // patient id, repository, document id
        t0 = System.nanoTime();
        for (int i = 0; i < withDocuments; i++) {
            Population.Person p = Population.person(i);
            Api.Reply dr = api.post("ClinicalSummary/VisitPush", api.partner(), """
                    {"Meta": {"DataModel": "ClinicalSummary", "EventType": "VisitPush", "FacilityCode": "%s"},
                     "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                     "Document": {"FileType": "XML", "Data": "%s"}}""".formatted(COMMUNITY, p.id(), AUTHORITY, documentB64));
            check(dr.status() == 201, "VisitPush: " + dr.status() + " " + dr.body());
            JsonNode d = dr.json().path("Document");
            documents.add(new String[] {p.id(), d.path("RepositoryUniqueId").asText(), d.path("ID").asText()});
        }
        log("%d documents of %d bytes pushed in %.1f s", withDocuments, document.length, (System.nanoTime() - t0) / 1e9);

        // --- signed requests, built before any timed window -------------------------------------
        Signer signer = new Signer(base, credential, COMMUNITY, AUTHORITY,
                Duration.ofMinutes(Long.parseLong(a.getOrDefault("validity-minutes", "30"))));
        URI xcpd = URI.create(signer.url(Signer.XCPD));
        URI xcaQuery = URI.create(signer.url(Signer.XCA_QUERY));
        URI xcaRetrieve = URI.create(signer.url(Signer.XCA_RETRIEVE));
        String soap = "application/soap+xml; charset=UTF-8";
        Predicate<byte[]> ok = b -> xcpdCode(b).equals("OK");
        Predicate<byte[]> nf = b -> xcpdCode(b).equals("NF");
        Predicate<byte[]> found = b -> contains(b, "ResponseStatusType:Success") && contains(b, "ExtrinsicObject");
        int docLength = document.length;
        Predicate<byte[]> retrieved = b -> contains(b, "ResponseStatusType:Success") && b.length > docLength;

        int unprimed = patients - hitKeys;
        // a miss key: a patient not primed, asked by initiator community .42.<round> so each key is new
        IntFunction<Load.Item> missItem = j -> new Load.Item("xcpd-miss", xcpd, soap,
                signer.xcpd(Population.person(hitKeys + j % unprimed), INITIATOR + "." + (1 + j / unprimed)), ok);
        IntFunction<Load.Item> noMatchItem = j -> new Load.Item("xcpd-nomatch", xcpd, soap,
                signer.xcpd(Population.stranger(j % patients), INITIATOR + "." + (1 + j / patients)), nf);
        IntFunction<Load.Item> hitItem = j -> new Load.Item("xcpd-hit", xcpd, soap,
                signer.xcpd(Population.person(j % hitKeys), INITIATOR), ok);
        IntFunction<Load.Item> queryItem = j -> new Load.Item("xca-query", xcaQuery, soap,
                signer.findDocuments(documents.get(j % documents.size())[0], INITIATOR), found);
        IntFunction<Load.Item> retrieveItem = j -> {
            String[] d = documents.get(j % documents.size());
            return new Load.Item("xca-retrieve", xcaRetrieve, soap, signer.retrieve(d[1], d[2], INITIATOR), retrieved);
        };

        t0 = System.nanoTime();
        // the hit keys are answered once (from the index) before anything else: later queries hit the cache
        List<Load.Item> priming = build(signThreads, hitKeys, hitItem);
        AtomicInteger primeErrors = new AtomicInteger();
        parallel(4, priming.size(), i -> {
            try {
                byte[] b = Load.send(priming.get(i));
                if (!ok.test(b)) {
                    primeErrors.incrementAndGet();
                }
            } catch (Exception e) {
                primeErrors.incrementAndGet();
            }
            return null;
        });
        check(primeErrors.get() == 0, primeErrors.get() + " of " + hitKeys + " priming queries did not match");
        // a full parse of a few answers, beyond the byte checks used under load
        verifyFully(hitItem.apply(0), missItem.apply(unprimed * 50 - 1), noMatchItem.apply(patients * 50 - 1),
                retrieveItem.apply(0), document);

        int missOffset = 0;
        List<Load.Item> hits = build(signThreads, pool, hitItem);
        List<Load.Item> queries = build(signThreads, pool, queryItem);
        List<Load.Item> retrieves = build(signThreads, Math.max(200, pool / 4), retrieveItem);
        List<Load.Item> warmMiss = slice(signThreads, missItem, missOffset, missPool / 4);
        List<Load.Item> warmNoMatch = slice(signThreads, noMatchItem, missOffset, missPool / 4);
        missOffset += missPool / 4;
        List<Load.Item> misses = scenarios.contains("miss") ? slice(signThreads, missItem, missOffset, missPool) : List.of();
        List<Load.Item> noMatches = scenarios.contains("nomatch") ? slice(signThreads, noMatchItem, missOffset, missPool) : List.of();
        missOffset += missPool;
        boolean mixed = scenarios.contains("mix");
        List<Load.Item> mixMiss = mixed ? slice(signThreads, missItem, missOffset, missPool / 2) : List.of();
        List<Load.Item> mixNoMatch = mixed ? slice(signThreads, noMatchItem, missOffset, missPool / 2) : List.of();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long built = priming.size() + hits.size() + queries.size() + retrieves.size() + warmMiss.size() + warmNoMatch.size()
                + misses.size() + noMatches.size() + mixMiss.size() + mixNoMatch.size();
        log("%d signed requests built in %.1f s (%.2f ms each on %d threads)", built, buildSeconds,
                buildSeconds * 1000 * signThreads / built, signThreads);

        // --- warm-up, then the measurements --------------------------------------------------------
        Map<String, Integer> mixWeights = new LinkedHashMap<>();
        mixWeights.put("xcpd-hit", 50);
        mixWeights.put("xcpd-miss", 10);
        mixWeights.put("xcpd-nomatch", 15);
        mixWeights.put("xca-query", 15);
        mixWeights.put("xca-retrieve", 10);
        log("warming up for %.0f s with the mix, %d users", warmup, users);
        // the mix while its never-repeated miss queries last, then the repeatable part of it for the rest of the warm-up
        Supplier<Load.Item> warmMix = mix(mixWeights, hits, warmMiss, warmNoMatch, queries, retrieves);
        Map<String, Integer> repeatable = new LinkedHashMap<>(mixWeights);
        repeatable.remove("xcpd-miss");
        repeatable.remove("xcpd-nomatch");
        Supplier<Load.Item> warmRest = mix(repeatable, hits, List.of(), List.of(), queries, retrieves);
        Load.Result warm = Load.run("warm-up", users, warmup, () -> {
            Load.Item item = warmMix.get();
            return item != null ? item : warmRest.get();
        }, serverPid, dbPid);
        log("warm-up: %s", line(warm));

        List<Load.Result> results = new ArrayList<>();
        for (String s : scenarios) {
            Supplier<Load.Item> source = switch (s) {
                case "hit" -> cycle(hits);
                case "miss" -> once(misses);
                case "nomatch" -> once(noMatches);
                case "xca-query" -> cycle(queries);
                case "retrieve" -> cycle(retrieves);
                case "mix" -> mix(mixWeights, hits, mixMiss, mixNoMatch, queries, retrieves);
                default -> throw new IllegalArgumentException("unknown scenario " + s);
            };
            String label = switch (s) {
                case "hit" -> "XCPD, identity-cache hit";
                case "miss" -> "XCPD, cache miss, index match";
                case "nomatch" -> "XCPD, cache miss, no match";
                case "xca-query" -> "XCA FindDocuments (1 document)";
                case "retrieve" -> "XCA retrieve, " + docLength / 1024 + " KB C-CDA";
                default -> "mix 50/10/15/15/10";
            };
            log("measuring %s for %.0f s", label, measure);
            Load.Result res = Load.run(label, users, measure, source, serverPid, dbPid);
            log("%s", line(res));
            results.add(res);
        }
        // users sweep on cache hits (latency vs throughput)
        // with this JVM's HTTP client and, where given, with wrk (less CPU per request on the shared cores)
        Wrk wrk = a.containsKey("wrk") ? new Wrk(Path.of(a.get("wrk")), Path.of(a.get("wrk-script")),
                out.resolveSibling("wrk-bodies")) : null;
        Path hitBodies = wrk == null ? null : wrk.write("xcpd-hit", hits);
        List<String> generators = Arrays.asList(a.getOrDefault("hit-generators", wrk == null ? "java" : "java,wrk").split(","));
        for (String u : a.getOrDefault("hit-users", "").split(",")) {
            if (u.isBlank()) {
                continue;
            }
            for (String g : generators) {
                Load.Result res = "wrk".equals(g)
                        ? wrk.run("XCPD, identity-cache hit", xcpd, hitBodies, hits.size(), "queryResponseCode code=\"OK\"",
                        Integer.parseInt(u), Math.min(measure, 60), serverPid, dbPid)
                        : Load.run("XCPD, identity-cache hit", Integer.parseInt(u), Math.min(measure, 60), cycle(hits),
                        serverPid, dbPid);
                log("%s", line(res));
                results.add(res);
            }
        }

        String profile = "";
        if (jcmd != null && serverPid > 0 && !"false".equals(a.get("profile"))) {
            Path jfr = out.resolveSibling("hit-profile.jfr");
            Files.deleteIfExists(jfr);
            int seconds = 40;
            log("profiling cache hits with JFR for %d s (%s)", seconds, jfr);
            new ProcessBuilder(jcmd, Long.toString(serverPid), "JFR.start", "name=perf", "settings=profile",
                    "duration=" + seconds + "s", "filename=" + jfr.toAbsolutePath()).inheritIO().start().waitFor();
            Load.Result prof = Load.run("XCPD, identity-cache hit (under JFR)", users, seconds + 2, cycle(hits), serverPid, dbPid);
            log("%s", line(prof));
            for (int i = 0; i < 30 && !Files.exists(jfr); i++) {
                Thread.sleep(1000);
            }
            Thread.sleep(2000);
            profile = JfrSummary.summarise(jfr);
        }

        // --- report ---------------------------------------------------------------------------------
        report.append("Setup: ").append(patients).append(" patients registered through NewPatient (4 parallel clients) in ")
                .append(String.format("%.1f s (%.0f/s)", patientSeconds, patients / patientSeconds))
                .append("; one ").append(docLength / 1024).append(" KB C-CDA (CCD_1.xml, narrative padded) pushed for ")
                .append(withDocuments).append(" patients; ").append(hitKeys)
                .append(" distinct XCPD queries answered once before measuring (the cache-hit keys).\n");
        report.append(String.format("Signed requests built before the timed windows: %,d in %.1f s (%.2f ms of signing each).%n",
                built, buildSeconds, buildSeconds * 1000 * signThreads / built));
        report.append(String.format("Warm-up: %.0f s of the mix, %d users, %,d requests (%.0f/s).%n%n", warm.seconds(), users,
                warm.count(), warm.perSecond()));
        report.append("| scenario | load generator | users | n | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req | "
                + "MariaDB CPU ms/req | load gen CPU ms/req | machine busy |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Load.Result res : results) {
            report.append(row(res));
        }
        for (Load.Result res : results) {
            if (res.firstError() != null) {
                report.append("\n- ").append(res.name()).append(": first error: ")
                        .append(res.firstError().replace('\n', ' '), 0, Math.min(600, res.firstError().length()));
            }
            if (res.exhausted()) {
                report.append("\n- ").append(res.name()).append(": stopped after ").append(String.format("%.1f s", res.seconds()))
                        .append(": its pool of never-asked queries ran out (each miss key is sent once)");
            }
        }
        report.append("\n");
        if (!profile.isEmpty()) {
            report.append("\n").append(profile);
        }
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    static String xcpdCode(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        int i = s.indexOf("queryResponseCode");
        if (i < 0) {
            return "?";
        }
        int c = s.indexOf("code=\"", i);
        return c < 0 || c > i + 80 ? "?" : s.substring(c + 6, s.indexOf('"', c + 6));
    }

    static boolean contains(byte[] b, String needle) {
        return new String(b, StandardCharsets.ISO_8859_1).contains(needle);
    }

    static void verifyFully(Load.Item hit, Load.Item miss, Load.Item noMatch, Load.Item retrieve, byte[] document)
            throws Exception {
        PatientDiscoveryResponse h = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(Load.send(hit)).payload());
        check(h.outcome() == PatientDiscoveryResponse.Outcome.MATCH, "hit: " + h.outcome());
        PatientDiscoveryResponse m = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(Load.send(miss)).payload());
        check(m.outcome() == PatientDiscoveryResponse.Outcome.MATCH, "miss: " + m.outcome());
        PatientDiscoveryResponse n = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(Load.send(noMatch)).payload());
        check(n.outcome() == PatientDiscoveryResponse.Outcome.NO_MATCH, "no match: " + n.outcome());
        RetrieveDocumentSetResponse rr = RetrieveResponseReader.read(SoapEnvelope.parse(Load.send(retrieve)).payload());
        check(Arrays.equals(rr.documents().get(0).content(), document), "retrieve: bytes differ");
        log("full parse of sample answers: hit MATCH, miss MATCH, stranger NO_MATCH, retrieve returns the exact %d bytes",
                document.length);
    }

    /** CCD_1.xml with a paragraph of filler added to its first section's narrative, to {@code size} bytes. */
    static byte[] paddedCcda(Path sample, int size) throws Exception {
        String xml = Files.readString(sample);
        int body = xml.indexOf("structuredBody");
        int close = xml.indexOf("</text>", body);
        check(body > 0 && close > 0, "no section narrative in " + sample);
        int missing = size - xml.getBytes(StandardCharsets.UTF_8).length - "<paragraph></paragraph>".length();
        StringBuilder filler = new StringBuilder();
        String words = "Load test filler: the patient was seen and examined, history reviewed, plan discussed. ";
        while (filler.length() < missing) {
            filler.append(words);
        }
        filler.setLength(Math.max(0, missing));
        return (xml.substring(0, close) + "<paragraph>" + filler + "</paragraph>" + xml.substring(close))
                .getBytes(StandardCharsets.UTF_8);
    }

    static List<Load.Item> slice(int threads, IntFunction<Load.Item> f, int from, int n) throws Exception {
        return build(threads, n, j -> f.apply(from + j));
    }

    static List<Load.Item> build(int threads, int n, IntFunction<Load.Item> f) throws Exception {
        Load.Item[] items = new Load.Item[n];
        parallel(threads, n, i -> {
            items[i] = f.apply(i);
            return null;
        });
        return Arrays.asList(items);
    }

    static void parallel(int threads, int n, IntFunction<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        task.apply(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static Supplier<Load.Item> cycle(List<Load.Item> items) {
        AtomicInteger i = new AtomicInteger();
        return () -> items.get(Math.floorMod(i.getAndIncrement(), items.size()));
    }

    static Supplier<Load.Item> once(List<Load.Item> items) {
        AtomicInteger i = new AtomicInteger();
        return () -> {
            int k = i.getAndIncrement();
            return k < items.size() ? items.get(k) : null;
        };
    }

    static Supplier<Load.Item> mix(Map<String, Integer> weights, List<Load.Item> hits, List<Load.Item> misses,
                                   List<Load.Item> noMatches, List<Load.Item> queries, List<Load.Item> retrieves) {
        Map<String, Supplier<Load.Item>> by = new HashMap<>();
        by.put("xcpd-hit", cycle(hits));
        by.put("xcpd-miss", once(misses));
        by.put("xcpd-nomatch", once(noMatches));
        by.put("xca-query", cycle(queries));
        by.put("xca-retrieve", cycle(retrieves));
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        return () -> {
            int x = ThreadLocalRandom.current().nextInt(total);
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                x -= w.getValue();
                if (x < 0) {
                    return by.get(w.getKey()).get();
                }
            }
            return null;
        };
    }

    static String line(Load.Result r) {
        return String.format("%s (%s): %,d req in %.1f s = %.0f/s, %d errors, p50 %.1f p99 %.1f ms, server CPU %.2f ms/req,"
                        + " DB %.2f, load gen %.2f, busy %.0f%%", r.name(), r.generator(), r.count(), r.seconds(), r.perSecond(),
                r.errors(), r.p50(), r.p99(), r.serverCpuMs(), r.dbCpuMs(), r.clientCpuMs(), r.machineBusy() * 100);
    }

    static String row(Load.Result r) {
        return String.format("| %s | %s | %d | %,d | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f%% |%n",
                r.name(), r.generator(), r.users(), r.count(), r.errors(), r.perSecond(), r.p50(), r.p90(), r.p99(), r.max(),
                r.serverCpuMs(), r.dbCpuMs(), r.clientCpuMs(), r.machineBusy() * 100);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static void log(String format, Object... args) {
        System.err.println("[responder-bench] " + String.format(format, args));
    }

    static Map<String, String> args(String[] argv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].startsWith("--") && i + 1 < argv.length) {
                m.put(argv[i].substring(2), argv[++i]);
            }
        }
        return m;
    }
}
