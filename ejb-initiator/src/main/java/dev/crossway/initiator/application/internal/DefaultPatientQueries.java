package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.PatientQueryRequest;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.ProgressListener;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.domain.QueryJob;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one-call patient query, synchronous or as a job. Runs without a transaction (it lasts up
 * to the overall deadline); links and nothing else are written, after the run, in a short one.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPatientQueries implements PatientQueries {

    private static final Logger LOG = Logger.getLogger(DefaultPatientQueries.class.getName());

    private final InitiatorSettings settings = InitiatorSettings.system();

    @EJB
    Targeting targeting;
    @EJB
    OutboundGateway outbound;
    @EJB
    InitiatorStore store;
    @EJB
    PatientQueryJobs jobs;
    @EJB
    JobStore jobStore;
    @Inject
    OutboundAuditLog audit;

    @Override
    public MergedSummary run(Caller caller, PatientQueryRequest request, ProgressListener listener) {
        ProgressListener l = listener == null ? ProgressListener.none() : listener;
        Started s = begin(caller, request, e -> {
            try {
                l.onEvent(e);
            } catch (RuntimeException ex) {
                LOG.log(Level.FINE, "progress listener failed", ex);
            }
        });
        return Waiting.get(s.done, s.overallMs + 5_000, TimeUnit.MILLISECONDS).summary();
    }

    @Override
    public String start(Caller caller, PatientQueryRequest request) {
        check(caller, request);
        JobRun run = jobs.create(caller.owner(), StorageJson.write(request), announced(request));
        launch(caller, run, request, true);
        return run.id();
    }

    /**
     * Runs a job again, on this node, from its stored request: another node ran it and died (its
     * lease ran out and this node claimed it). The grants were checked when the job was created; the
     * run belongs to the job's owner.
     */
    public void resume(QueryJob job) {
        PatientQueryRequest request;
        try {
            request = StorageJson.request(job.requestJson());
        } catch (RuntimeException e) {
            new JobRun(job.id(), job.attempt(), job.lastSeq(), true, jobStore).publish(new ProgressEvent(ProgressEvent.FAILED,
                    job.progress(), "the job's request cannot be read back (" + e.getMessage() + ")", null, null, Instant.now()));
            return;
        }
        JobRun run = jobs.running(new JobRun(job.id(), job.attempt(), job.lastSeq(), announced(request), jobStore));
        launch(Caller.system(job.owner()), run, request, false);
    }

    /** A scheduled query's end is the appointment's business (Scheduling.ResultsReady), not a PatientQuery event. */
    private static boolean announced(PatientQueryRequest request) {
        return request.context().channel() != InitiatorContext.Channel.SCHEDULING;
    }

    private void launch(Caller caller, JobRun run, PatientQueryRequest request, boolean rethrow) {
        try {
            Started s = begin(caller, request, run::publish);
            run.partial(s.run::partial);
            s.done.whenComplete((o, error) -> {
                if (error != null) {
                    run.publish(new ProgressEvent(ProgressEvent.FAILED, 0, String.valueOf(error.getMessage()), null, null, Instant.now()));
                }
                jobs.ended(run);
            });
        } catch (RuntimeException e) {
            run.publish(new ProgressEvent(ProgressEvent.FAILED, 0, e.getMessage(), null, null, Instant.now()));
            jobs.ended(run);
            if (rethrow) {
                throw e;
            }
        }
    }

    @Override
    public Optional<JobView> job(Caller caller, String jobId) {
        return jobId == null ? Optional.empty() : jobStore.view(jobId, caller);
    }

    @Override
    public boolean subscribe(Caller caller, String jobId, ProgressListener listener) {
        if (job(caller, jobId).isEmpty()) {
            return false; // another client's job is as unknown as a job that never existed: no existence oracle
        }
        jobs.follow(jobId, listener);
        return true;
    }

    @Override
    public void unsubscribe(String jobId, ProgressListener listener) {
        jobs.unfollow(listener);
    }

    private record Started(PatientQueryRun run, CompletableFuture<PatientQueryRun.Outcome> done, long overallMs) {
    }

    /** Validates the request, then checks the caller's grants: nothing is created or sent when either fails. */
    private static void check(Caller caller, PatientQueryRequest request) {
        RequestValidator.context(request.context());
        RequestValidator.patient(request.patient());
        RequestValidator.targets(request.targets(), request.patient());
        Access.initiate(caller, request.context());
    }

    /**
     * The owner's stored links of the patient at the communities asked, still within their time to
     * live: those communities are not asked again (none with {@code Refresh}).
     */
    private Map<String, List<PatientQueryRun.StoredLink>> reusable(PatientQueryRequest request, String owner, PatientKey key,
                                                                    List<String> asked, Instant now) {
        if (request.refresh()) {
            return Map.of();
        }
        Map<String, List<PatientQueryRun.StoredLink>> links = new HashMap<>(store.reusableLinks(owner, key, now));
        links.keySet().retainAll(asked);
        return links;
    }

    private Started begin(Caller caller, PatientQueryRequest request, Consumer<ProgressEvent> events) {
        check(caller, request);
        String owner = caller.owner();
        Targeting.Resolved targets = targeting.resolve(caller, request.patient(), request.targets());
        Gateway gateway = outbound.gateway();
        PatientKey key = RequestValidator.key(request.patient());
        InitiatorStore links = store;
        OutboundAuditLog log = audit;
        List<String> asked = targets.communities().stream().map(Community::organizationId).toList();
        Map<String, List<PatientQueryRun.StoredLink>> reused = reusable(request, owner, key, asked, gateway.now());
        Duration cap = settings.linkMaxTtl();
        PatientQueryRun run = new PatientQueryRun(gateway, request.context(), request.patient(), targets.communities(),
                targets.skipped(), events).reusing(reused);
        run
                // links found now are kept (a stored link used again is not: only a discovery renews it)
                .beforeCompleted(d -> links.saveLinks(owner, key,
                        d.matches().stream().filter(m -> !run.reused().contains(m.organizationId())).toList(),
                        InitiatorStore.answered(d.sources()), gateway.now(), cap))
                .audited(o -> log.append(Accesses.of(AccessAction.PATIENT_QUERY, request.context(), gateway.now(),
                        request.patient(), Accesses.identifiers(o.discovery().matches()), asked, o.retrieved(),
                        Accesses.outcome(o.discovery().sources(), !o.discovery().matches().isEmpty()),
                        Accesses.errors(o.discovery().sources()))));
        return new Started(run, run.start(), PatientQueryRun.overall(gateway).toMillis());
    }
}
