package org.headshots.node.infrastructure.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * java.util.logging to standard output, one line per record (stack traces follow on their own lines).
 *
 * <p>The JDK's LogManager closes every handler from a shutdown hook of its own, so the lines a
 * node writes while it shuts down would be lost. {@link #prepare()}, called first thing in
 * {@code main}, installs {@link ShutdownSafeLogManager}, which keeps logging alive until the JVM
 * halts.
 */
public final class OneLineLogging {

    private OneLineLogging() {}

    /** Must run before anything touches java.util.logging; harmless if too late. */
    public static void prepare() {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
        }
    }

    /** Replaces the root logger's handlers with one that writes to stdout at {@code level}. */
    public static void install(Level level) {
        LogManager manager = LogManager.getLogManager();
        if (manager instanceof ShutdownSafeLogManager safe) {
            safe.resetNow();
        } else {
            manager.reset();
        }
        Logger root = Logger.getLogger("");
        Handler handler = new StdoutHandler();
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(level);
    }

    /** A LogManager whose handlers survive the JVM's shutdown hooks. */
    public static final class ShutdownSafeLogManager extends LogManager {

        private volatile boolean configured;

        @Override
        public void reset() {
            // LogManager calls reset() while reading its configuration and from its shutdown hook;
            // once the node has installed its own handler, only resetNow() resets.
            if (!configured) {
                super.reset();
            }
        }

        void resetNow() {
            super.reset();
            configured = true;
        }
    }

    /** Writes to System.out and never closes it. */
    static final class StdoutHandler extends Handler {

        StdoutHandler() {
            setFormatter(new OneLineFormatter());
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String line;
            try {
                line = getFormatter().format(record);
            } catch (RuntimeException e) {
                line = record.getLevel() + " " + record.getMessage() + System.lineSeparator();
            }
            System.out.print(line);
            System.out.flush();
        }

        @Override
        public void flush() {
            System.out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** "2026-01-31 12:00:00.123 INFO    [main] NodeService - message". */
    public static final class OneLineFormatter extends Formatter {

        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            String shortName = logger.substring(logger.lastIndexOf('.') + 1);
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
                    .append(' ')
                    .append(String.format("%-7s", record.getLevel().getName()))
                    .append(" [")
                    .append(Thread.currentThread().getName())
                    .append("] ")
                    .append(shortName)
                    .append(" - ")
                    .append(formatMessage(record).replace('\n', ' ').replace('\r', ' '))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
