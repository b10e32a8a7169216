package org.headshots.interfaces.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.headshots.application.ExportProgress;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.PreparedExport;

/**
 * How far the downloads being streamed are, for the page that started one to show a progress bar while the browser
 * saves the file. Each is known by its person and a token the page chose; finished ones are forgotten after a while.
 */
@ApplicationScoped
public class DownloadProgress {

    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MAX_TOKEN = 64;

    /** done of total items; finished once the whole file is sent, failed when it could not be. */
    public record Step(long done, long total, boolean finished, boolean failed, Instant at) {}

    /** Writes a download, telling how far it is. */
    @FunctionalInterface
    public interface Body {
        void writeTo(ExportProgress progress) throws IOException;
    }

    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    /**
     * Prepares an export and streams it as an attachment, its progress kept under the person's token; an order that
     * is not the caller's answers 404 before anything is sent.
     */
    public void send(
            HttpServletResponse response,
            String person,
            String token,
            String contentType,
            Supplier<PreparedExport> prepare)
            throws IOException {
        PreparedExport export;
        try {
            export = prepare.get();
        } catch (OrderNotFoundException | EJBException e) {
            if (e instanceof EJBException && !(e.getCause() instanceof OrderNotFoundException)) {
                throw e;
            }
            finish(person, token, true);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", Attachment.disposition(export.fileName()));
        response.setHeader("Cache-Control", "no-store");
        track(person, token, steps -> export.writeTo(response.getOutputStream(), steps));
    }

    /** Writes the body, keeping its progress under the person's token until it is sent or has failed. */
    public void track(String person, String token, Body body) throws IOException {
        boolean sent = false;
        try {
            body.writeTo((done, total) -> update(person, token, done, total));
            sent = true;
        } finally {
            finish(person, token, !sent);
        }
    }

    public void update(String person, String token, long done, long total) {
        put(person, token, new Step(done, total, false, false, Instant.now()));
    }

    public void finish(String person, String token, boolean failed) {
        Step last = steps.get(key(person, token));
        long done = last == null ? 0 : last.done();
        put(
                person,
                token,
                new Step(
                        failed ? done : Math.max(done, last == null ? 0 : last.total()),
                        last == null ? 0 : last.total(),
                        true,
                        failed,
                        Instant.now()));
    }

    public Optional<Step> of(String person, String token) {
        return valid(token) ? Optional.ofNullable(steps.get(key(person, token))) : Optional.empty();
    }

    /** A token the page made: letters, digits and dashes, as crypto.randomUUID() gives. */
    public static boolean valid(String token) {
        return token != null && token.length() <= MAX_TOKEN && token.matches("[A-Za-z0-9-]+");
    }

    private void put(String person, String token, Step step) {
        if (!valid(token)) {
            return;
        }
        Instant stale = Instant.now().minus(KEPT);
        steps.values().removeIf(old -> old.at().isBefore(stale));
        steps.put(key(person, token), step);
    }

    private static String key(String person, String token) {
        return person + "\n" + token;
    }
}
