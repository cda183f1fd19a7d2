package dev.crossway.directory.application;

import jakarta.ejb.Local;

/** The ATNA outbox: audit messages written and not yet shipped to the SIEM. */
@Local
public interface AuditExportBacklog {

    /** Messages waiting in {@code atna_outbox}, across the cluster (0 when the export is off). */
    long waiting();
}
