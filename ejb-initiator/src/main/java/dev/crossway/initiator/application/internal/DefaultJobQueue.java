package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.JobQueue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobQueue implements JobQueue {

    @EJB
    PatientQueryJobs jobs;

    @Override
    public int running() {
        return jobs.runningHere();
    }
}
