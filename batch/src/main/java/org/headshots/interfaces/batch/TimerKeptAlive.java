package org.headshots.interfaces.batch;

import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a scheduled task scheduled whatever one round of it throws. Payara takes a periodic timer away for
 * good once a round and its one retry have failed ("EJB5119: Expunging timer"): a database away for ten
 * seconds would otherwise stop mail, run launching and the other rounds until the next restart.
 */
public class TimerKeptAlive {

    private static final Logger LOG = Logger.getLogger(TimerKeptAlive.class.getName());

    @AroundTimeout
    public Object round(InvocationContext round) {
        try {
            return round.proceed();
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    round.getMethod().getDeclaringClass().getSimpleName() + "."
                            + round.getMethod().getName() + " failed this round; it runs again at its next time",
                    e);
            return null;
        }
    }
}
