package dev.crossway.perf.responder;

import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Crossway against a peer, IPF 5 (../shared/peers/ipf-xcpd-baseline: Spring Boot + IPF's ITI-55
 * component, a Santuario SAML check, its replay cache on, a fixed answer), in one run, with the
 * same load generator (this JVM's client, {@code --jvm-client} or each of {@code --peer-clients}), the same
 * concurrency and the same message form:
 * identity-cache hits for Crossway, 11 KB signed XCPD queries with a new assertion per message for
 * both (the peer's replay cache keys on the assertion ID, so a reused assertion would be refused
 * there), each server its own distinct messages, signed just before each window. Server CPU per
 * request from each server's /proc/PID/stat; the ratio Crossway / peer is printed per concurrency.
 */
final class PeerComparison {

    /** Assertion IDs the peer's replay cache holds before it starts sweeping out the expired ones on every request. */
    static final int PEER_SWEEP_THRESHOLD = 100_000;

    /**
     * A round's or a window's pool is this many times the rate last measured there: a window that runs
     * out ends early (at 1.5, one of the peer's early warm-up rounds did, its rate doubling, session 15).
     */
    static final double POOL_MARGIN = 2;

    /**
     * A warm-up round's pool, as a multiple of the rate last measured there: a round that runs out ends early, which
     * costs its warm-up nothing (its CPU per request is over the seconds it ran), and signing is most of a round's time
     * (about 1,200 messages a second on two cores, two RSA signatures each).
     */
    static final double WARMUP_POOL_MARGIN = 1.25;

    private PeerComparison() {
    }

    static String run(Map<String, String> a, SigningCredential ca, SigningCredential holder, String crosswayBase, int hitKeys,
                      long serverPid, long dbPid, int signThreads, Path out) throws Exception {
        int port = Integer.parseInt(a.getOrDefault("peer-port", "18680"));
        String java = a.getOrDefault("peer-java", "java");
        Path caPem = out.resolveSibling("peer-ca.pem");
        Files.writeString(caPem, ca.certificatesPem());
        Path log = out.resolveSibling("ipf-peer.log");
        List<String> command = List.of(java, "-Xms1g", "-Xmx2g", "-jar", a.get("peer-jar"), "--port", Integer.toString(port),
                "--verify-saml", "--ca", caPem.toString(), "--replay-cache");
        ResponderBench.log("starting the peer: %s", String.join(" ", command));
        Process peer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (a.containsKey("pids-file")) {
            // run.sh stops what is recorded there, should this JVM die before its finally
            Files.writeString(Path.of(a.get("pids-file")), "ipf-peer " + peer.pid() + "\n", StandardOpenOption.APPEND);
        }
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (!Files.readString(log).contains("XCPD responder on")) {
                ResponderBench.check(peer.isAlive(), "the peer stopped: " + Files.readString(log));
                ResponderBench.check(System.nanoTime() < deadline, "the peer did not start in 240 s: " + Files.readString(log));
                Thread.sleep(500);
            }
            String peerVersion = javaVersion(java);
            ResponderBench.log("peer up: pid %d on port %d (%s)", peer.pid(), port, peerVersion);
            return measure(a, holder, crosswayBase, "http://127.0.0.1:" + port, hitKeys, serverPid, dbPid, peer.pid(),
                    signThreads, String.join(" ", command), peerVersion);
        } finally {
            peer.destroy();
            if (!peer.waitFor(30, TimeUnit.SECONDS)) {
                peer.destroyForcibly();
            }
        }
    }

    private static String measure(Map<String, String> a, SigningCredential holder, String crosswayBase, String peerBase,
                                  int hitKeys, long serverPid, long dbPid, long peerPid, int signThreads, String command,
                                  String peerVersion) throws Exception {
        // Short-lived assertions, the same for both servers: the peer forgets an assertion ID once it has expired
        // (its NotOnOrAfter and its 60 s of skew), so the IDs it holds are those of the last two or three minutes and
        // it can be warmed to its steady state (ReplayLedger). A message is signed before its round or window and
        // sent within it; the validity must outlast the signing and the window (the report warns where it may not).
        Duration assertionValidity = Duration.ofSeconds(Long.parseLong(a.getOrDefault("peer-assertion-seconds", "90")));
        Signer crossway = new Signer(crosswayBase, Signer.XCPD, holder, ResponderBench.COMMUNITY, ResponderBench.AUTHORITY,
                assertionValidity, Signer.Assertions.FRESH);
        Signer ipf = new Signer(peerBase, "/xcpd", holder, ResponderBench.COMMUNITY, ResponderBench.AUTHORITY,
                assertionValidity, Signer.Assertions.FRESH);
        URI crosswayUri = URI.create(crossway.url(Signer.XCPD));
        URI peerUri = URI.create(ipf.url("/xcpd"));
        Pools pools = new Pools(signThreads);
        // the same demographics for both: Crossway's are its cache-hit keys, answered once before; the peer answers any
        pools.kind("crossway", j -> new Load.Item("crossway-xcpd", crosswayUri, ResponderBench.SOAP,
                crossway.xcpd(Population.person(j % hitKeys), ResponderBench.INITIATOR), ResponderBench.OK));
        pools.kind("peer", j -> new Load.Item("peer-xcpd", peerUri, ResponderBench.SOAP,
                ipf.xcpd(Population.person(j % hitKeys), ResponderBench.INITIATOR), ResponderBench.OK));
        double rate = Double.parseDouble(a.getOrDefault("peer-max-rate", "1600"));
        double seconds = Double.parseDouble(a.getOrDefault("peer-seconds", a.getOrDefault("measure-seconds", "30")));
        double warmup = Double.parseDouble(a.getOrDefault("peer-warmup-seconds", "30"));
        int repeats = Integer.parseInt(a.getOrDefault("peer-repeats", "3"));
        List<Integer> users = Arrays.stream(a.getOrDefault("peer-users", "16,64").split(",")).map(String::trim)
                .map(Integer::parseInt).toList();
        ReplayLedger ledger = new ReplayLedger(assertionValidity);
        // correctness first: a full parse of one answer of each, and a second sending refused by each (both replay caches on)
        List<Load.Item> first = pools.take("peer", 1);
        long signedAt = System.currentTimeMillis();
        PatientDiscoveryResponse answer = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(Load.send(first.get(0)))
                .payload());
        ResponderBench.check(answer.outcome() == PatientDiscoveryResponse.Outcome.MATCH, "peer: " + answer.outcome());
        String peerRefusal = ResponderBench.refusal(first.get(0));
        ResponderBench.check(!peerRefusal.startsWith("accepted"), "the peer accepted a replayed message: " + peerRefusal);
        ledger.sent(1, signedAt);
        List<Load.Item> mine = pools.take("crossway", 1);
        answer = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(Load.send(mine.get(0))).payload());
        ResponderBench.check(answer.outcome() == PatientDiscoveryResponse.Outcome.MATCH, "crossway: " + answer.outcome());
        String crosswayRefusal = ResponderBench.refusal(mine.get(0));
        ResponderBench.check(crosswayRefusal.contains("REPLAYED"), "Crossway accepted a replayed message: " + crosswayRefusal);
        ResponderBench.log("both answer MATCH and refuse a second sending (peer: %s; Crossway: %s)",
                peerRefusal.length() > 160 ? peerRefusal.substring(0, 160) : peerRefusal, crosswayRefusal);

        int warmUsers = users.get(0);
        // Warm-up: rounds of at most 20 s, each signed just before it, the two servers in turn (the peer's earlier
        // assertions expire while Crossway's round runs), each for at least --peer-warmup-seconds and then until its
        // CPU per request stops falling (two rounds without a new best by 5%), at most --peer-warmup-max-seconds.
        // A fixed time is not enough: the JIT's work depends on how many messages a server has seen, and on a slow
        // host a server that answers fewer per second is measured colder (docs/PERFORMANCE.md, sessions 8 and 15).
        double maxWarmup = Double.parseDouble(a.getOrDefault("peer-warmup-max-seconds", "300"));
        // and each at least --peer-warmup-messages: on session 17's host the peer's CPU per request rose for two rounds
        // after 82,000 messages (ending its warm-up at 1.54 ms), where in the run before it went on falling to 0.83 ms
        // by 200,000; a server is warm after so many messages, not so many seconds
        long minMessages = Long.parseLong(a.getOrDefault("peer-warmup-messages", "200000"));
        Map<String, Double> measuredRate = new java.util.HashMap<>();
        Map<String, Warming> warming = new java.util.LinkedHashMap<>();
        warming.put("crossway", new Warming());
        warming.put("peer", new Warming());
        while (warming.values().stream().anyMatch(w -> !w.done)) {
            for (Map.Entry<String, Warming> e : warming.entrySet()) {
                String target = e.getKey();
                Warming state = e.getValue();
                if (state.done) {
                    continue;
                }
                double round = 20;
                // a pool of WARMUP_POOL_MARGIN times the last round's rate, signed just before it (at most --peer-max-rate);
                // a server's first round: the rate Crossway last reached (the peer has not been faster on any host)
                double last = measuredRate.getOrDefault(target, measuredRate.getOrDefault("crossway", rate));
                int poolSize = (int) Math.ceil(Math.min(rate, last * WARMUP_POOL_MARGIN) * round);
                boolean peer = target.equals("peer");
                if (peer) {
                    ledger.awaitRoom(poolSize);
                }
                Signed signed = sign("peer comparison warm-up, " + target, pools, target, poolSize, round, assertionValidity);
                long signingEnded = signed.endedAt();
                Load.Result w = Load.run("warm-up " + target, warmUsers, round, Pools.once(signed.items()),
                        peer ? peerPid : serverPid, peer ? 0 : dbPid);
                signed = null;
                ResponderBench.log("warm-up %s: %s", target, ResponderBench.line(w));
                if (peer) {
                    ledger.sent(w.count() + w.errors(), signingEnded);
                }
                measuredRate.put(target, w.perSecond());
                state.round(w.seconds(), w.serverCpuMs(), w.count() + w.errors());
                state.done = state.spent >= maxWarmup
                        || (state.spent >= warmup && state.flat >= 2 && state.messages >= minMessages);
            }
        }
        List<String> warmed = new ArrayList<>();
        warming.forEach((target, w) -> warmed.add(String.format("%s %d rounds, %.0f s, %,d messages (best %.2f ms/req)", target,
                w.rounds, w.spent, w.messages, w.bestCpu)));
        List<String> peerCounts = new ArrayList<>();
        peerCounts.add(String.format("%,d in its warm-up", ledger.total));
        List<Load.Result[]> pairs = new ArrayList<>();
        // --peer-clients: the pairs of windows once per JVM client, in this order (default: --jvm-client's);
        // a client after the first is warmed by one uncounted round against Crossway before its windows
        List<Load.Client> clients = Arrays.stream(a.getOrDefault("peer-clients", Load.client.label).split(","))
                .map(String::trim).map(Load.Client::of).toList();
        for (Load.Client c : clients) {
            if (c != clients.get(0)) {
                List<Load.Item> items = ResponderBench.signFor("peer comparison, warming the client " + c.label, pools,
                        "crossway", Math.min(rate, measuredRate.get("crossway") * POOL_MARGIN), 20);
                ResponderBench.log("client warm-up: %s", ResponderBench.line(Load.run(c, "client warm-up " + c.label,
                        warmUsers, 20, Pools.once(items), serverPid, dbPid)));
            }
            // --peer-repeats pairs of windows per concurrency, in turn (16, 64, 16, 64, ...): one window is one
            // sample of a host whose speed drifts by the minute; the summary gives each pair and their median
            for (int repeat = 0; repeat < repeats; repeat++) {
                for (int u : users) {
                    Load.Result[] pair = new Load.Result[2];
                    for (int i = 0; i < 2; i++) {
                        String target = i == 0 ? "crossway" : "peer";
                        // POOL_MARGIN times the warm-up's last rate (more users may answer faster), at most --peer-max-rate
                        int poolSize = (int) Math.ceil(Math.min(rate, measuredRate.getOrDefault(target, rate) * POOL_MARGIN)
                                * seconds);
                        if (i == 1) {
                            ledger.awaitRoom(poolSize);
                        }
                        Signed signed = sign("peer comparison, " + target + ", " + u + " users, " + c.label, pools,
                                target, poolSize, seconds, assertionValidity);
                        long signingEnded = signed.endedAt();
                        pair[i] = Load.run(c, i == 0 ? "Crossway (identity-cache hit)" : "IPF 5 peer (fixed answer)", u,
                                seconds, Pools.once(signed.items()), i == 0 ? serverPid : peerPid, i == 0 ? dbPid : 0);
                        signed = null;
                        if (i == 1) {
                            peerCounts.add(String.format("%,d before its %d-user window %d (%s; %,d of them unexpired)",
                                    ledger.total, u, repeat + 1, c.label, ledger.live()));
                            ledger.sent(pair[i].count() + pair[i].errors(), signingEnded);
                        }
                        ResponderBench.log("%s", ResponderBench.line(pair[i]));
                    }
                    pairs.add(pair);
                }
            }
        }

        StringBuilder r = new StringBuilder();
        r.append("Peer comparison: Crossway and IPF 5 (").append(peerVersion).append(": `").append(command)
                .append("`), the same JVM load generator for both (").append(clients.stream().map(c -> c.label)
                        .collect(java.util.stream.Collectors.joining(", then ")))
                .append("), the same XCPD message form (a new assertion and timestamp per message, two RSA signatures, "
                        + "both verified by each server; each server its own messages, signed just before its window; ")
                .append(String.format("assertions valid %d s), ", assertionValidity.toSeconds()))
                .append(String.format("%.0f s per window, %d pairs of windows per concurrency in turn, after each server's "
                                + "warm-up at %d users, the two in turn (at least %.0f s and %,d messages, then until its CPU "
                                + "per request stopped falling, at most %.0f s: %s); %,d signed in %.1f s.%n%n",
                        seconds, repeats, warmUsers, warmup, minMessages, maxWarmup, String.join("; ", warmed), pools.built(),
                        pools.signingSeconds()));
        r.append(String.format("Messages the peer received (counted): %s, %,d in all. Its replay cache sweeps its whole map "
                        + "on every request while it holds more than %,d assertion IDs that have not expired; the harness "
                        + "waited %.0f s in all so that the unexpired IDs and the next pool stayed under that (%s).%n%n",
                String.join(", ", peerCounts), ledger.total, PEER_SWEEP_THRESHOLD, ledger.waitedSeconds,
                ledger.maxLive <= PEER_SWEEP_THRESHOLD ? "never past it, counting every signed message of a pool as sent"
                        : "**past it: " + String.format("%,d", ledger.maxLive) + " may have been unexpired**"));
        r.append("| client | users | server | n | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/req | MariaDB CPU ms/req"
                + " | load gen CPU ms/req | machine busy |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Load.Result[] p : pairs) {
            for (Load.Result res : p) {
                r.append(String.format("| %s | %d | %s | %,d | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %s | %.2f | %.0f%% |%n",
                        res.generator(), res.users(), res.name(), res.count(), res.errors(), res.perSecond(), res.p50(), res.p90(), res.p99(),
                        res.max(), res.serverCpuMs(), res == p[1] ? "-" : String.format("%.2f", res.dbCpuMs()), res.clientCpuMs(),
                        res.machineBusy() * 100));
            }
        }
        r.append("\n");
        for (Load.Result[] p : pairs) {
            r.append(String.format("- %s, %d users: Crossway / peer throughput **%.2fx** (%,.0f vs %,.0f req/s), p99 %.1f vs %.1f ms, "
                            + "server CPU per request %.2f vs %.2f ms (%.2fx; Crossway + MariaDB %.2f ms)%n", p[0].generator(),
                    p[0].users(),
                    p[0].perSecond() / p[1].perSecond(), p[0].perSecond(), p[1].perSecond(), p[0].p99(), p[1].p99(),
                    p[0].serverCpuMs(), p[1].serverCpuMs(), p[0].serverCpuMs() / p[1].serverCpuMs(),
                    p[0].serverCpuMs() + p[0].dbCpuMs()));
        }
        r.append("\n");
        for (String generator : pairs.stream().map(p -> p[0].generator()).distinct().toList()) {
            for (int u : users) {
                List<Load.Result[]> of = pairs.stream().filter(p -> p[0].generator().equals(generator) && p[0].users() == u)
                        .toList();
                r.append(String.format("- **%s, %d users, median of %d pairs: %.2fx** (ratios %s; Crossway's CPU per request "
                                + "median %.2f ms, the peer's %.2f ms; Crossway's p99 median %.1f ms)%n", generator, u, of.size(),
                        median(of.stream().mapToDouble(p -> p[0].perSecond() / p[1].perSecond())),
                        of.stream().map(p -> String.format("%.2f", p[0].perSecond() / p[1].perSecond()))
                                .collect(java.util.stream.Collectors.joining(", ")),
                        median(of.stream().mapToDouble(p -> p[0].serverCpuMs())),
                        median(of.stream().mapToDouble(p -> p[1].serverCpuMs())),
                        median(of.stream().mapToDouble(p -> p[0].p99()))));
            }
        }
        List<Load.Result> all = new ArrayList<>();
        pairs.forEach(p -> all.addAll(List.of(p)));
        ResponderBench.notes(r, all);
        r.append("\n");
        return r.toString();
    }

    static double median(java.util.stream.DoubleStream values) {
        double[] v = values.sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A round's or window's pool and when its signing ended: no assertion of it expires before that plus the validity. */
    private record Signed(List<Load.Item> items, long endedAt) {
    }

    /**
     * Signs {@code size} requests for a round or window of {@code seconds}, warning where signing and the window
     * come close to the assertions' validity (the first signed are sent first, the last up to the window's end).
     */
    private static Signed sign(String window, Pools pools, String target, int size, double seconds, Duration validity)
            throws Exception {
        long started = System.currentTimeMillis();
        List<Load.Item> items = ResponderBench.signFor(window, pools, target, size / seconds, seconds);
        long ended = System.currentTimeMillis();
        double signing = (ended - started) / 1000.0;
        if (signing + seconds > validity.toSeconds() - 10) {
            ResponderBench.log("WARNING: signing (%.0f s) and the window (%.0f s) come close to the assertions' %d s of "
                    + "validity: late sends may be refused as expired (a longer --peer-assertion-seconds)", signing, seconds,
                    validity.toSeconds());
        }
        return new Signed(items, ended);
    }

    /** One server's warm-up so far. */
    private static final class Warming {
        double spent;
        double bestCpu = Double.MAX_VALUE;
        int rounds;
        int flat;
        long messages;
        boolean done;

        void round(double seconds, double cpuMs, long sent) {
            spent += seconds;
            rounds++;
            messages += sent;
            // steady: two rounds in a row without a new best by 5% (one was not enough: the peer's CPU per
            // request still fell by a fifth after such a round, docs/PERFORMANCE.md, session 15)
            flat = cpuMs > bestCpu * 0.95 ? flat + 1 : 0;
            bestCpu = Math.min(bestCpu, cpuMs);
        }
    }

    /**
     * The assertion IDs the peer's replay cache may still hold. The peer ({@code WsSecurityInterceptor}) keeps each
     * ID until its assertion's NotOnOrAfter plus 60 s of skew and, once it holds more than 100,000, removes the
     * expired ones on every request: while more than that many are unexpired it sweeps its whole map per request and
     * measures its sweep, not its message work (docs/PERFORMANCE.md, 2026-12-05). So before each of the peer's rounds
     * and windows the harness waits until the IDs that may be unexpired and every message of the next pool (all of
     * them counted as sent) stay under that. A message's NotOnOrAfter is at most its batch's end of signing plus the
     * validity.
     */
    static final class ReplayLedger {
        static final long PEER_SKEW_MS = 60_000;
        private final long lifeMs;
        private final java.util.ArrayDeque<long[]> batches = new java.util.ArrayDeque<>(); // {count, expires at ms}
        long total;
        long maxLive;
        double waitedSeconds;

        ReplayLedger(Duration validity) {
            // +2 s for the seconds the assertion's times may be rounded to
            this.lifeMs = validity.toMillis() + PEER_SKEW_MS + 2_000;
        }

        void sent(long count, long signingEndedMs) {
            batches.add(new long[] {count, signingEndedMs + lifeMs});
            total += count;
            maxLive = Math.max(maxLive, live());
        }

        long live() {
            long now = System.currentTimeMillis();
            while (!batches.isEmpty() && batches.peekFirst()[1] <= now) {
                batches.removeFirst();
            }
            return batches.stream().mapToLong(b -> b[0]).sum();
        }

        void awaitRoom(int next) throws InterruptedException {
            long started = System.nanoTime();
            while (live() + next > PEER_SWEEP_THRESHOLD && !batches.isEmpty()) {
                Thread.sleep(Math.max(1, batches.peekFirst()[1] - System.currentTimeMillis()));
            }
            double waited = (System.nanoTime() - started) / 1e9;
            if (waited > 0.5) {
                ResponderBench.log("the peer's replay cache: waited %.0f s for %,d assertion IDs to expire", waited, next);
            }
            waitedSeconds += waited;
            maxLive = Math.max(maxLive, live() + next);
        }
    }

    private static String javaVersion(String java) {
        try {
            Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
            String[] lines = new String(p.getInputStream().readAllBytes()).split("\n");
            p.waitFor();
            return lines.length > 1 ? lines[1].trim() : lines[0].trim();
        } catch (IOException | InterruptedException e) {
            return java;
        }
    }
}
