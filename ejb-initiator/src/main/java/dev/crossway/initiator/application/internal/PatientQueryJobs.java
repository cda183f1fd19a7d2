package dev.crossway.initiator.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;

/** This node's patient query jobs: in memory, at most 1000, finished ones kept one hour. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PatientQueryJobs {

    private final JobTable table = new JobTable(1000, Duration.ofHours(1), Clock.systemUTC());

    public JobTable table() {
        return table;
    }
}
