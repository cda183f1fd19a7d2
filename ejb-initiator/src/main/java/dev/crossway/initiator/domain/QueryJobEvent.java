package dev.crossway.initiator.domain;

import java.time.Instant;

/**
 * One progress event of a job as stored, numbered in the job's order ({@code seq} from 1).
 *
 * @param sourceJson the community's outcome the event is about (StorageJson), else null
 */
public record QueryJobEvent(int seq, String type, int progress, String message, String sourceJson, Instant at) {
}
