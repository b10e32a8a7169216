package org.headshots.domain.people;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

public class DirectoryUnavailableException extends Refusal {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(RefusalKind.UNAVAILABLE, "DIRECTORY_UNAVAILABLE", message, cause);
    }
}
