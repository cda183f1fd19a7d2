package dev.crossway.directory.application;

import jakarta.ejb.ApplicationException;

/** The Carequality directory refused or did not answer a publish; {@code status} is 0 when unreachable. */
@ApplicationException(rollback = true)
public class DirectoryPublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public DirectoryPublishException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
