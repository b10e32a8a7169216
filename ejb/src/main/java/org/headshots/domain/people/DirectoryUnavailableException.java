package org.headshots.domain.people;

public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
