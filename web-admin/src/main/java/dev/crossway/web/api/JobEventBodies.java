package dev.crossway.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crossway.initiator.application.JobEventBody;
import dev.crossway.initiator.application.JobView;
import jakarta.ejb.Stateless;

/**
 * The body of a {@code PatientQuery.Completed} webhook: exactly what {@code GET /api/v1/jobs/{id}}
 * answers for the finished job (JobID, Status, Error, Result as Redox's PatientQueryResponse).
 * An EJB in the web module so that the initiator, which cannot see the web layer's classes,
 * reaches the API's JSON through its own interface.
 */
@Stateless
public class JobEventBodies implements JobEventBody {

    @Override
    public String json(JobView job) {
        try {
            return JsonConfiguration.MAPPER.writeValueAsString(JobsResource.toJson(job));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job " + job.id() + " cannot be written as JSON", e);
        }
    }
}
