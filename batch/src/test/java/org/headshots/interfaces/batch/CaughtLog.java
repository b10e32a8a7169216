package org.headshots.interfaces.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What one class logs while a test runs: attach before, {@link #close()} after. */
final class CaughtLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CaughtLog(Class<?> of) {
        this.logger = Logger.getLogger(of.getName());
        logger.addHandler(this);
    }

    static CaughtLog of(Class<?> of) {
        return new CaughtLog(of);
    }

    List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
