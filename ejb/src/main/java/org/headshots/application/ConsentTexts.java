package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.headshots.domain.consent.ConsentText;
import org.headshots.domain.consent.ConsentWording;

/** Chooses the consent text people are shown and asked to accept now. */
@ApplicationScoped
public class ConsentTexts {

    private ConsentText current;

    @Inject
    public ConsentTexts(RetentionSettings retention) {
        this.current = ConsentWording.v2026_11_1(retention.period());
    }

    protected ConsentTexts() {
        // for the CDI proxy
    }

    public ConsentText current() {
        return current;
    }
}
