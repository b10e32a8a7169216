package org.headshots.domain.selfie;

public enum Verdict {
    ACCEPTED,
    REJECTED
}
