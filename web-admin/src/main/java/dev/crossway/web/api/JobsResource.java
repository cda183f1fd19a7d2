package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.ProgressListener;
import dev.crossway.web.api.dto.JobDto;
import dev.crossway.web.api.dto.ProgressEventDto;
import dev.crossway.web.api.dto.SourceDto;
import dev.crossway.web.api.error.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.atomic.AtomicReference;

/** Long patient queries: poll a job, or follow its progress as server-sent events. */
@Path("/jobs")
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class JobsResource {

    @Inject
    Callers callers;
    @Inject
    PatientQueries queries;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response job(@PathParam("id") String id) {
        return queries.job(callers.current(), id).map(j -> Response.ok(toJson(j)).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NotFound", "no job " + id, "JobID"));
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        if (queries.job(callers.current(), id).isEmpty()) {
            // unknown, expired or another client's: the same 404 as GET /jobs/{id}, before the stream opens
            throw new jakarta.ws.rs.NotFoundException("no job " + id);
        }
        AtomicReference<ProgressListener> self = new AtomicReference<>();
        ProgressListener listener = event -> {
            if (sink.isClosed()) {
                queries.unsubscribe(id, self.get());
                return;
            }
            OutboundSseEvent out = sse.newEventBuilder().name(event.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(ProgressEventDto.class, toJson(event)).build();
            sink.send(out).whenComplete((ok, failure) -> {
                if (failure != null || event.terminal()) {
                    queries.unsubscribe(id, self.get());
                    sink.close();
                }
            });
        };
        self.set(listener);
        if (!queries.subscribe(callers.current(), id, listener)) {
            sink.send(sse.newEventBuilder().name("Failed").data("no job " + id).build());
            sink.close();
        }
    }

    static JobDto toJson(JobView j) {
        return new JobDto(j.id(), j.status(), j.progressPercent(), j.events(), j.error(),
                j.summary() == null ? null : ClinicalSummaryResource.reply(null, j.summary()));
    }

    static ProgressEventDto toJson(ProgressEvent e) {
        return new ProgressEventDto(e.type(), e.percent(), e.message(), e.at(), e.source() == null ? null : SourceDto.of(e.source()),
                e.summary() == null ? null : ClinicalSummaryResource.reply(null, e.summary()));
    }
}
