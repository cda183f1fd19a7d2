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
 * C-CDA through the public API, warms the server up with the mix, then measures each scenario and
 * the mix with N closed-loop users. The server keeps a replay cache, so every send is a request
 * signed for it alone: each window (warm-up included) gets its own pool, signed in parallel just
 * before it ({@link Pools}), consumed once, never cycled. With {@code --peer-jar}, the same load
 * generator then drives Crossway and the IPF 5 peer side by side ({@link PeerComparison}).
 */
public final class ResponderBench {

    static final String COMMUNITY = "2.16.840.1.113883.3.9999.600";
    static final String AUTHORITY = "2.16.840.1.113883.3.9999.600.1";
    static final String INITIATOR = "2.16.840.1.113883.3.9999.42";
    /** The cache-hit windows' label (the scenario and the users sweep), which the rungs' table looks for. */
    static final String HIT = "XCPD, identity-cache hit";

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = args(argv);
        Load.client = Load.Client.of(a.getOrDefault("jvm-client", Load.Client.HTTPCLIENT5.label));
        check(a.containsKey("ccda"), "--ccda: the C-CDA sample of ../shared to pad into the stored documents (run.sh passes it)");
        String base = a.getOrDefault("api", "http://localhost:8680");
        Api api = new Api(base, a.get("token-url"));
        int patients = Integer.parseInt(a.getOrDefault("patients", "10000"));
        int withDocuments = Integer.parseInt(a.getOrDefault("with-documents", "50"));
        int users = Integer.parseInt(a.getOrDefault("users", "16"));
        double warmup = Double.parseDouble(a.getOrDefault("warmup-seconds", "60"));
        double measure = Double.parseDouble(a.getOrDefault("measure-seconds", "60"));
        int hitKeys = Integer.parseInt(a.getOrDefault("hit-keys", "1000"));
        int signThreads = Integer.parseInt(a.getOrDefault("sign-threads", "2"));
        long serverPid = Long.parseLong(a.getOrDefault("server-pid", "0"));
        long dbPid = Long.parseLong(a.getOrDefault("db-pid", "0"));
        String jcmd = a.get("jcmd");
        Path out = Path.of(a.getOrDefault("out", "results.md"));
        List<String> scenarios = Arrays.asList(a.getOrDefault("scenarios", "hit,miss,nomatch,xca-query,retrieve,mix").split(","));
        StringBuilder report = new StringBuilder();

        // --- setup through the API ---------------------------------------------------------------
        // the initiator's key is certified by a development CA, the trust anchor of both servers (Crossway and the peer)
        SigningCredential ca = DevCredentials.selfSigned("CN=crossway-perf-ca,O=Crossway Perf",
                Instant.now().minusSeconds(3600), Duration.ofDays(2));
        SigningCredential credential = DevCredentials.issuedBy(ca, "CN=crossway-perf-initiator,O=Crossway Perf",
                Instant.now().minusSeconds(3600), Duration.ofDays(2));
        Api.Reply r = api.post("admin/trust-anchors?label=perf-ca", api.admin(), ca.certificatesPem(), "text/plain");
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

        byte[] document = paddedCcda(Path.of(a.get("ccda")), 200 * 1024);
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

        // --- signed requests: each window's own, signed just before it ------------------------------
        Signer signer = new Signer(base, Signer.XCPD, credential, COMMUNITY, AUTHORITY,
                Duration.ofMinutes(Long.parseLong(a.getOrDefault("assertion-minutes", "60"))), Signer.Assertions.REUSED);
        URI xcpd = URI.create(signer.url(Signer.XCPD));
        URI xcaQuery = URI.create(signer.url(Signer.XCA_QUERY));
        URI xcaRetrieve = URI.create(signer.url(Signer.XCA_RETRIEVE));
        int docLength = document.length;
        Predicate<byte[]> retrieved = b -> contains(b, "ResponseStatusType:Success") && b.length > docLength;

        int unprimed = patients - hitKeys;
        Pools pools = new Pools(signThreads);
        // a cache hit: one of the hit keys, asked again (the key repeats, each signed sending is new)
        pools.kind("xcpd-hit", j -> new Load.Item("xcpd-hit", xcpd, SOAP,
                signer.xcpd(Population.person(j % hitKeys), INITIATOR), OK));
        // a miss key: a patient not primed, asked by initiator community .42.<round> so each key is new
        pools.kind("xcpd-miss", j -> new Load.Item("xcpd-miss", xcpd, SOAP,
                signer.xcpd(Population.person(hitKeys + j % unprimed), INITIATOR + "." + (1 + j / unprimed)), OK));
        pools.kind("xcpd-nomatch", j -> new Load.Item("xcpd-nomatch", xcpd, SOAP,
                signer.xcpd(Population.stranger(j % patients), INITIATOR + "." + (1 + j / patients)), NF));
        pools.kind("xca-query", j -> new Load.Item("xca-query", xcaQuery, SOAP,
                signer.findDocuments(documents.get(j % documents.size())[0], INITIATOR), FOUND));
        pools.kind("xca-retrieve", j -> {
            String[] d = documents.get(j % documents.size());
            return new Load.Item("xca-retrieve", xcaRetrieve, SOAP, signer.retrieve(d[1], d[2], INITIATOR), retrieved);
        });
        // the most each kind is expected to reach on this machine (1.2-1.5x the best seen): a window's pool is rate x seconds
        // (--max-rates names those to change; the others keep these)
        Map<String, Double> maxRate = rates("xcpd-hit=1700,xcpd-miss=600,xcpd-nomatch=1200,xca-query=900,xca-retrieve=500,mix=1200,floor=3500,plumbing=3000");
        maxRate.putAll(rates(a.getOrDefault("max-rates", "mix=1200")));

        t0 = System.nanoTime();
        // the hit keys are answered once (from the index) before anything else: later queries hit the cache
        List<Load.Item> priming = pools.take("xcpd-hit", hitKeys);
        AtomicInteger primeErrors = new AtomicInteger();
        parallel(4, priming.size(), i -> {
            try {
                byte[] b = Load.send(priming.get(i));
                if (!OK.test(b)) {
                    primeErrors.incrementAndGet();
                }
            } catch (Exception e) {
                primeErrors.incrementAndGet();
            }
            return null;
        });
        check(primeErrors.get() == 0, primeErrors.get() + " of " + hitKeys + " priming queries did not match");
        // a full parse of a few answers, beyond the byte checks used under load; a second sending is refused
        verifyFully(pools.take("xcpd-hit", 1).get(0), pools.take("xcpd-miss", 1).get(0), pools.take("xcpd-nomatch", 1).get(0),
                pools.take("xca-retrieve", 1).get(0), document);
        Load.Item replayed = priming.get(0);
        String refusal = refusal(replayed);
        if ("true".equals(a.get("baseline-without-replay-cache"))) {
            // a build from before the replay cache (2026-12-05), measured on this host for a same-host baseline
            log("baseline build without a replay cache: a second sending gives %s", refusal);
        } else {
            check(refusal.contains("REPLAYED"), "a second sending of a signed request was not refused as a replay: " + refusal);
            log("a second sending of a signed request is refused: %s", refusal);
        }

        // --- warm-up, then the measurements --------------------------------------------------------
        Map<String, Integer> mixWeights = new LinkedHashMap<>();
        mixWeights.put("xcpd-hit", 50);
        mixWeights.put("xcpd-miss", 10);
        mixWeights.put("xcpd-nomatch", 15);
        mixWeights.put("xca-query", 15);
        mixWeights.put("xca-retrieve", 10);
        List<Load.Result> results = new ArrayList<>();
        Load.Result warm = null;
        if (warmup > 0) {
            Map<String, List<Load.Item>> warmPools = signFor("warm-up", pools, mixWeights, maxRate.get("mix"), warmup);
            log("warming up for %.0f s with the mix, %d users", warmup, users);
            warm = Load.run("warm-up", users, warmup, Pools.mix(mixWeights, warmPools), serverPid, dbPid);
            log("warm-up: %s", line(warm));
        }

        for (String s : scenarios) {
            if (s.isBlank()) {
                continue;
            }
            String kind = switch (s) {
                case "hit" -> "xcpd-hit";
                case "miss" -> "xcpd-miss";
                case "nomatch" -> "xcpd-nomatch";
                case "xca-query" -> "xca-query";
                case "retrieve" -> "xca-retrieve";
                case "mix" -> "mix";
                default -> throw new IllegalArgumentException("unknown scenario " + s);
            };
            String label = switch (s) {
                case "hit" -> HIT;
                case "miss" -> "XCPD, cache miss, index match";
                case "nomatch" -> "XCPD, cache miss, no match";
                case "xca-query" -> "XCA FindDocuments (1 document)";
                case "retrieve" -> "XCA retrieve, " + docLength / 1024 + " KB C-CDA";
                default -> "mix 50/10/15/15/10";
            };
            Supplier<Load.Item> source = kind.equals("mix")
                    ? Pools.mix(mixWeights, signFor(label, pools, mixWeights, maxRate.get("mix"), measure))
                    : Pools.once(signFor(label, pools, kind, maxRate.get(kind), measure));
            log("measuring %s for %.0f s", label, measure);
            Load.Result res = Load.run(label, users, measure, source, serverPid, dbPid);
            source = null;
            log("%s", line(res));
            results.add(res);
            // --profile-scenarios N: then N more seconds of the same scenario with JFR on the server, its own row
            int scenarioProfile = Integer.parseInt(a.getOrDefault("profile-scenarios", "0"));
            if (scenarioProfile > 0 && jcmd != null && serverPid > 0 && !kind.equals("mix")) {
                List<Load.Item> more = signFor(label + " (JFR)", pools, kind, maxRate.get(kind), scenarioProfile + 2);
                results.add(underJfr(jcmd, serverPid, dbPid, out.resolveSibling(s + "-profile.jfr"), label, users,
                        scenarioProfile, more));
            }
        }
        // users sweep on cache hits (latency vs throughput)
        // with this JVM's HTTP client and, where given, with wrk (less CPU per request on the shared cores)
        Wrk wrk = a.containsKey("wrk") ? new Wrk(Path.of(a.get("wrk")), Path.of(a.get("wrk-script")),
                out.resolveSibling("wrk-bodies")) : null;
        List<String> generators = Arrays.asList(a.getOrDefault("hit-generators", wrk == null ? "java" : "java,wrk").split(","));
        for (String u : a.getOrDefault("hit-users", "").split(",")) {
            if (u.isBlank()) {
                continue;
            }
            int n = Integer.parseInt(u);
            double seconds = Math.min(measure, 60);
            for (String g : generators) {
                List<Load.Item> hits = signFor("XCPD hits, " + g + ", " + n + " users", pools, "xcpd-hit",
                        maxRate.get("xcpd-hit"), seconds);
                Load.Result res;
                if ("wrk".equals(g)) {
                    check(wrk != null, "--hit-generators wrk needs --wrk and --wrk-script");
                    Path bodies = wrk.write("xcpd-hit", hits, Wrk.threads(n));
                    hits = null;
                    res = wrk.run(HIT, xcpd, bodies, "queryResponseCode code=\"OK\"", n, seconds,
                            serverPid, dbPid);
                    wrk.delete(bodies);
                } else {
                    // "java": the client of --jvm-client; "httpclient5" or "java.net.http": that one, for this window
                    res = Load.run("java".equals(g) ? Load.client : Load.Client.of(g), HIT, n, seconds, Pools.once(hits),
                            serverPid, dbPid);
                }
                hits = null;
                log("%s", line(res));
                results.add(res);
            }
        }

        // --- the floor and the rungs above it: where a hit's server CPU goes, one step at a time -------
        // each window sends the same signed hit requests with the same load generator; what each rung
        // adds over the one below is the cost of one part of the work:
        //   floor:    WildFly alone (perf/responder/floor, deployed beside Crossway by run.sh): the body
        //             read, an answer of a hit's size written, nothing of Crossway's
        //   plumbing: the request sent as text/plain to /gateway/xcpd: Crossway's filters, servlet, EJB
        //             call, audit record (group commit) and SOAP fault, refused before its parse
        //   parsed:   the request sent to /gateway/xca/query: parsed (the hardened DOM), then refused at
        //             its WS-Addressing Action, before the signatures are verified
        //   (the hit windows above are the whole of it: verified, replay cache, identity cache, answer)
        String ladderUsers = a.getOrDefault("floor-users", "");
        Map<Integer, Map<String, Load.Result>> ladder = new LinkedHashMap<>();
        if (!ladderUsers.isBlank()) {
            int answerBytes = Load.send(pools.take("xcpd-hit", 1).get(0)).length;
            URI floor = URI.create(base + "/crossway-floor/answer?bytes=" + answerBytes);
            // --profile-rungs N: after each rung's window, N more seconds of it with JFR on the server (<rung>-profile.jfr)
            int profileRungs = Integer.parseInt(a.getOrDefault("profile-rungs", "0"));
            Map<String, Rung> rungs = new LinkedHashMap<>();
            rungs.put("floor", new Rung("WildFly alone (the floor servlet; a hit's request, an answer of its size)", "floor",
                    i -> new Load.Item("floor", floor, SOAP, i.body(), b -> b.length == answerBytes)));
            rungs.put("plumbing", new Rung("Crossway, refused before the parse (a hit's request as text/plain: audited, SOAP fault)",
                    "plumbing", i -> new Load.Item("plumbing", xcpd, "text/plain", i.body(),
                    b -> contains(b, "is neither SOAP 1.2 nor multipart/related"), 400)));
            rungs.put("parsed", new Rung("Crossway, parsed, refused at the Action (a hit's request sent to ITI-38: audited, SOAP fault)",
                    "plumbing", i -> new Load.Item("parsed", xcaQuery, SOAP, i.body(), b -> contains(b, "ActionNotSupported"), 400)));
            for (String u : ladderUsers.split(",")) {
                int n = Integer.parseInt(u.trim());
                double seconds = Math.min(measure, 60);
                for (Map.Entry<String, Rung> e : rungs.entrySet()) {
                    Rung rung = e.getValue();
                    List<Load.Item> items = signFor(e.getKey() + ", " + n + " users", pools, "xcpd-hit", maxRate.get(rung.rate()),
                            seconds).stream().map(rung.item()).toList();
                    Load.Result res = Load.run(rung.label(), n, seconds, Pools.once(items), serverPid, dbPid);
                    items = null;
                    log("%s", line(res));
                    results.add(res);
                    ladder.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(e.getKey(), res);
                    if (profileRungs > 0 && jcmd != null && serverPid > 0) {
                        List<Load.Item> more = signFor(e.getKey() + " (JFR)", pools, "xcpd-hit", maxRate.get(rung.rate()),
                                profileRungs + 2).stream().map(rung.item()).toList();
                        results.add(underJfr(jcmd, serverPid, dbPid, out.resolveSibling(e.getKey() + "-profile.jfr"),
                                rung.label(), n, profileRungs, more));
                    }
                }
            }
        }

        // --- cache hits while partners register patients in the same community (issue 12) ------------
        // windows one after the other at each registration rate (0: none), e.g. "0,50,0,50": the hit
        // ratio from the server's own counters over the window, the throughput from the load generator
        StringBuilder registering = new StringBuilder();
        String registrationRates = a.getOrDefault("registration-rates", "");
        if (!registrationRates.isBlank()) {
            int n = Integer.parseInt(a.getOrDefault("registration-users", Integer.toString(users)));
            String g = a.getOrDefault("registration-generator", wrk == null ? "java" : "wrk");
            Registrations registrations = new Registrations(api, COMMUNITY, AUTHORITY, patients);
            registering.append("| registrations asked /s | load generator | users | hits n | errors | req/s | p50 ms | p99 ms | "
                    + "server CPU ms/req | identity-cache hit ratio (server) | server hits / misses | registered | "
                    + "registrations/s | registration p50 / p99 ms | registration errors | load average |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            // closed loop (the generator sends as fast as the server answers), then, with --hit-rate R, the
            // same windows again at a fixed offered rate of R hits/s (the JVM client paced: wrk cannot pace)
            double hitRate = Double.parseDouble(a.getOrDefault("hit-rate", "0"));
            List<String> modes = hitRate > 0 ? List.of(g, "java paced") : List.of(g);
            for (String mode : modes) {
                boolean paced = mode.equals("java paced");
                String gen = paced ? "java" : g;
                // enough users that one is always free for the next slot (the achieved rate shows when not)
                int windowUsers = paced ? Integer.parseInt(a.getOrDefault("hit-rate-users", "64")) : n;
                for (String rateText : registrationRates.split(",")) {
                    double rate = Double.parseDouble(rateText.trim());
                    String label = (rate > 0 ? "XCPD, identity-cache hit, " + rateText.trim() + " NewPatient/s" : "XCPD, identity-cache hit, no registrations")
                            + (paced ? String.format(", offered %.0f/s", hitRate) : "");
                    List<Load.Item> hits = signFor(label + ", " + gen + ", " + windowUsers + " users", pools, "xcpd-hit",
                            paced ? hitRate * 1.02 : maxRate.get("xcpd-hit"), measure);
                    Path bodies = "wrk".equals(gen) ? wrk.write("xcpd-hit", hits, Wrk.threads(windowUsers)) : null;
                    Supplier<Load.Item> source = "wrk".equals(gen) ? null
                            : paced ? Pools.paced(Pools.once(hits), hitRate) : Pools.once(hits);
                    hits = null;
                    JsonNode before = api.get("admin/identity-cache", api.admin()).json();
                    String load = loadAverage();
                    Registrations.Running running = rate > 0 ? registrations.start(rate) : null;
                    Load.Result res = "wrk".equals(gen)
                            ? wrk.run(label, xcpd, bodies, "queryResponseCode code=\"OK\"", windowUsers, measure, serverPid, dbPid)
                            : Load.run(label, windowUsers, measure, source, serverPid, dbPid);
                    Registrations.Result reg = running == null ? null : running.stop();
                    JsonNode after = api.get("admin/identity-cache", api.admin()).json();
                    if (bodies != null) {
                        wrk.delete(bodies);
                    }
                    source = null;
                    long h = after.path("Hits").asLong() - before.path("Hits").asLong();
                    long m = after.path("Misses").asLong() - before.path("Misses").asLong();
                    double ratio = h + m == 0 ? 0 : (double) h / (h + m);
                    log("%s", line(res));
                    log("  identity cache: %d hits, %d misses (hit ratio %.4f)%s", h, m, ratio, reg == null ? ""
                            : String.format("; %d registered of %d sent (%.1f/s), %d failed, p50 %.1f ms, p99 %.1f ms%s", reg.created(),
                            reg.sent(), reg.perSecond(), reg.failed(), reg.p50(), reg.p99(),
                            reg.firstError() == null ? "" : ", first error: " + reg.firstError()));
                    results.add(res);
                    registering.append(String.format("| %s | %s | %d | %,d | %,d | %,.0f | %.1f | %.1f | %.2f | **%.4f** | %,d / %,d | %s | %s | %s | %s | %s |%n",
                            rate > 0 ? rateText.trim() : "none", paced ? String.format("java, paced at %.0f/s", hitRate) : res.generator(), windowUsers, res.count(), res.errors(), res.perSecond(), res.p50(),
                            res.p99(), res.serverCpuMs(), ratio, h, m, reg == null ? "-" : String.format("%,d", reg.created()),
                            reg == null ? "-" : String.format("%.1f", reg.perSecond()),
                            reg == null ? "-" : String.format("%.1f / %.1f", reg.p50(), reg.p99()),
                            reg == null ? "-" : Long.toString(reg.failed()), load));
                }
            }
            // where a registration's server CPU goes: JFR while registrations alone run at the highest rate asked
            int regProfile = Integer.parseInt(a.getOrDefault("profile-registrations", "0"));
            double regRate = java.util.Arrays.stream(registrationRates.split(",")).mapToDouble(x -> Double.parseDouble(x.trim()))
                    .max().orElse(0);
            if (regProfile > 0 && regRate > 0 && jcmd != null && serverPid > 0) {
                Path jfr = out.resolveSibling("registration-profile.jfr");
                Files.deleteIfExists(jfr);
                log("profiling %.0f NewPatient/s alone with JFR for %d s (%s)", regRate, regProfile, jfr);
                long cpu0 = Load.cpuTicks(serverPid);
                new ProcessBuilder(jcmd, Long.toString(serverPid), "JFR.start", "name=perf-reg", "settings=profile",
                        "duration=" + regProfile + "s", "filename=" + jfr.toAbsolutePath()).inheritIO().start().waitFor();
                Registrations.Running running = registrations.start(regRate);
                Thread.sleep(regProfile * 1000L + 1000);
                Registrations.Result reg = running.stop();
                long cpu1 = Load.cpuTicks(serverPid);
                for (int i = 0; i < 30 && !Files.exists(jfr); i++) {
                    Thread.sleep(1000);
                }
                Thread.sleep(2000);
                registering.append(String.format("%nRegistrations alone under JFR: %,d registered (%.1f/s), %d failed, p50 %.1f ms, "
                                + "p99 %.1f ms; server CPU %.2f ms per registration (JFR's own overhead included).%n%n",
                        reg.created(), reg.perSecond(), reg.failed(), reg.p50(), reg.p99(),
                        (cpu1 - cpu0) * 10.0 / Math.max(1, reg.created())));
                registering.append(JfrSummary.summarise(jfr, "NewPatient registrations alone"));
            }
        }

        String profile = "";
        if (jcmd != null && serverPid > 0 && !"false".equals(a.get("profile"))) {
            Path jfr = out.resolveSibling("hit-profile.jfr");
            int seconds = 40;
            List<Load.Item> hits = signFor("the JFR profile", pools, "xcpd-hit", maxRate.get("xcpd-hit"), seconds + 2);
            underJfr(jcmd, serverPid, dbPid, jfr, HIT, users, seconds, hits);
            hits = null;
            Thread.sleep(2000);
            profile = JfrSummary.summarise(jfr);
        }

        // --- the peer: the same load generator and message form against IPF 5, in the same run ------
        String peerReport = "";
        if (a.containsKey("peer-jar")) {
            peerReport = PeerComparison.run(a, ca, credential, base, hitKeys, serverPid, dbPid, signThreads, out);
        }

        // --- report ---------------------------------------------------------------------------------
        report.append("Setup: ").append(patients).append(" patients registered through NewPatient (4 parallel clients) in ")
                .append(String.format("%.1f s (%.0f/s)", patientSeconds, patients / patientSeconds))
                .append("; one ").append(docLength / 1024).append(" KB C-CDA (CCD_1.xml, narrative padded) pushed for ")
                .append(withDocuments).append(" patients; ").append(hitKeys)
                .append(" distinct XCPD queries answered once before measuring (the cache-hit keys).\n");
        report.append(String.format("Signed requests, one per send, each window's signed just before it on %d threads (one "
                        + "assertion per initiator and endpoint reused with a fresh holder-signed timestamp per message): %,d in "
                        + "%.1f s (%.2f ms of signing each).%n", pools.threads(), pools.built(), pools.signingSeconds(),
                pools.signingSeconds() * 1000 * pools.threads() / Math.max(1, pools.built())));
        if (warm != null) {
            report.append(String.format("Warm-up: %.0f s of the mix, %d users, %,d requests (%.0f/s).%n", warm.seconds(), users,
                    warm.count(), warm.perSecond()));
        }
        report.append("\n| scenario | load generator | users | n | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req | "
                + "MariaDB CPU ms/req | load gen CPU ms/req | machine busy | server context switches/req |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Load.Result res : results) {
            report.append(row(res));
        }
        notes(report, results);
        report.append("\n");
        report.append(steps(ladder, results));
        if (!profile.isEmpty()) {
            report.append("\n").append(profile);
        }
        if (!peerReport.isEmpty()) {
            report.append("\n").append(peerReport);
        }
        if (registering.length() > 0) {
            report.append("\nCache hits while partners register patients (NewPatient through the partner API, same community, "
                    + "one window after the other):\n\n").append(registering);
        }
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    static final String SOAP = "application/soap+xml; charset=UTF-8";
    static final Predicate<byte[]> OK = b -> xcpdCode(b).equals("OK");
    static final Predicate<byte[]> NF = b -> xcpdCode(b).equals("NF");
    static final Predicate<byte[]> FOUND = b -> contains(b, "ResponseStatusType:Success") && contains(b, "ExtrinsicObject");

    /**
     * {@code seconds} of JFR ({@code settings=profile}) on the server into {@code jfr}, during a window
     * of {@code items} two seconds longer (its own row, "under JFR"); returns once the file is written.
     */
    private static Load.Result underJfr(String jcmd, long serverPid, long dbPid, Path jfr, String label, int users, int seconds,
                                        List<Load.Item> items) throws Exception {
        Files.deleteIfExists(jfr);
        String name = jfr.getFileName().toString().replace(".jfr", "");
        log("profiling %s with JFR for %d s (%s)", label, seconds, jfr);
        new ProcessBuilder(jcmd, Long.toString(serverPid), "JFR.start", "name=perf-" + name, "settings=profile",
                "duration=" + seconds + "s", "filename=" + jfr.toAbsolutePath()).inheritIO().start().waitFor();
        Load.Result prof = Load.run(label + " (under JFR)", users, seconds + 2, Pools.once(items), serverPid, dbPid);
        log("%s", line(prof));
        for (int i = 0; i < 30 && !Files.exists(jfr); i++) {
            Thread.sleep(1000);
        }
        return prof;
    }

    /** A rung below the cache hit: its row's label, its pool's rate, and what it makes of a signed hit request. */
    private record Rung(String label, String rate, java.util.function.Function<Load.Item, Load.Item> item) {
    }

    /** Signs one window's pool of {@code kind}: {@code rate} x {@code seconds} requests, and says how long it took. */
    static List<Load.Item> signFor(String window, Pools pools, String kind, double rate, double seconds) throws Exception {
        long t0 = System.nanoTime();
        List<Load.Item> items = pools.take(kind, (int) Math.ceil(rate * seconds));
        signed(window, items.size(), t0, seconds);
        return items;
    }

    static Map<String, List<Load.Item>> signFor(String window, Pools pools, Map<String, Integer> weights, double rate,
                                                double seconds) throws Exception {
        long t0 = System.nanoTime();
        Map<String, List<Load.Item>> items = pools.take(weights, (int) Math.ceil(rate * seconds));
        signed(window, items.values().stream().mapToInt(List::size).sum(), t0, seconds);
        return items;
    }

    private static void signed(String window, int n, long t0, double seconds) {
        double took = (System.nanoTime() - t0) / 1e9;
        log("%s: %,d requests signed in %.1f s", window, n, took);
        // the first signed are sent first, but the last are sent up to the end of the window
        if (took + seconds > TIMESTAMP_TTL.toSeconds() - 20) {
            log("WARNING: signing (%.0f s) plus the window (%.0f s) come close to the timestamps' %d s of life: "
                    + "late sends may be refused as expired (shorter windows or lower --max-rates)", took, seconds,
                    TIMESTAMP_TTL.toSeconds());
        }
    }

    static final Duration TIMESTAMP_TTL = dev.crossway.interop.saml.WsSecurity.DEFAULT_TIMESTAMP_TTL;

    static Map<String, Double> rates(String spec) {
        Map<String, Double> m = new HashMap<>();
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=");
            m.put(p[0].trim(), Double.parseDouble(p[1].trim()));
        }
        return m;
    }

    /** What the server answers to a second sending of {@code item}: its HTTP status and the fault's reason. */
    static String refusal(Load.Item item) throws Exception {
        java.net.http.HttpResponse<String> r = Load.HTTP.send(java.net.http.HttpRequest.newBuilder(item.uri())
                .timeout(Duration.ofSeconds(60)).header("Content-Type", item.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(item.body())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        int reason = body.indexOf("<soap:Text");
        if (reason < 0) {
            reason = body.indexOf("Text");
        }
        String text = reason < 0 ? body : body.substring(body.indexOf('>', reason) + 1);
        int end = text.indexOf('<');
        text = text.substring(0, Math.min(300, end > 0 ? end : text.length()));
        return (r.statusCode() == 200 ? "accepted, HTTP 200: " : "HTTP " + r.statusCode() + ": ") + text;
    }

    /**
     * What each rung adds over the one below, in server CPU per request, for each number of users
     * that had rungs: the floor, plumbing, parsed, then the last cache-hit window of as many users
     * with the JVM client (none: the table stops at parsed).
     */
    static String steps(Map<Integer, Map<String, Load.Result>> ladder, List<Load.Result> results) {
        if (ladder.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("\nWhere a cache hit's server CPU goes, rung by rung (ms per request; each rung's "
                + "own window, the same signed requests):\n\n| users | WildFly alone | + plumbing | + parse | + verification, "
                + "caches, answer (the hit) |\n|---|---|---|---|---|\n");
        ladder.forEach((users, rungs) -> {
            Load.Result hit = null;
            for (Load.Result r : results) {
                if (r.name().equals(HIT) && r.users() == users && r.generator().equals("java.net.http")) {
                    hit = r;
                }
            }
            double floor = rungs.get("floor").serverCpuMs();
            double plumbing = rungs.get("plumbing").serverCpuMs();
            double parsed = rungs.get("parsed").serverCpuMs();
            t.append(String.format("| %d | %.2f | %+.2f (%.2f) | %+.2f (%.2f) | %s |%n", users, floor, plumbing - floor, plumbing,
                    parsed - plumbing, parsed, hit == null ? "no hit window of as many users"
                            : String.format("%+.2f (%.2f)", hit.serverCpuMs() - parsed, hit.serverCpuMs())));
        });
        return t.toString();
    }

    static void notes(StringBuilder report, List<Load.Result> results) {
        for (Load.Result res : results) {
            if (res.firstError() != null) {
                report.append("\n- ").append(res.name()).append(" (").append(res.generator()).append(", ").append(res.users())
                        .append(" users): first error: ")
                        .append(res.firstError().replace('\n', ' '), 0, Math.min(600, res.firstError().length()));
            }
            if (res.exhausted()) {
                report.append("\n- ").append(res.name()).append(" (").append(res.generator()).append(", ").append(res.users())
                        .append(" users): stopped after ").append(String.format("%.1f s", res.seconds()))
                        .append(": its pool of signed requests ran out (each is sent once)");
            }
        }
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

    static void parallel(int threads, int n, IntFunction<Void> task) throws Exception {
        Pools.parallel(threads, n, task);
    }

    static String line(Load.Result r) {
        return String.format("%s (%s): %,d req in %.1f s = %.0f/s, %d errors, p50 %.1f p99 %.1f ms, server CPU %.2f ms/req,"
                        + " DB %.2f, load gen %.2f, busy %.0f%%, %.1f server context switches/req", r.name(), r.generator(), r.count(),
                r.seconds(), r.perSecond(), r.errors(), r.p50(), r.p99(), r.serverCpuMs(), r.dbCpuMs(), r.clientCpuMs(),
                r.machineBusy() * 100, r.serverSwitches())
                + ", load average " + loadAverage();
    }

    /** The 1, 5 and 15 minute load averages of the machine, as the kernel gives them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static String row(Load.Result r) {
        return String.format("| %s | %s | %d | %,d | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f%% | %.1f |%n",
                r.name(), r.generator(), r.users(), r.count(), r.errors(), r.perSecond(), r.p50(), r.p90(), r.p99(), r.max(),
                r.serverCpuMs(), r.dbCpuMs(), r.clientCpuMs(), r.machineBusy() * 100, r.serverSwitches());
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
