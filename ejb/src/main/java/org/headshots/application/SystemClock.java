package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
