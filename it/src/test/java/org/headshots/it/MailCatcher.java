package org.headshots.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The mails the demo's local SMTP server (GreenMail, started by bin/headshots up) caught, read on its web API. */
final class MailCatcher {

    static final String WEB = HeadshotsSystem.MAIL;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A caught mail: its subject and its text as sent (transfer encoding undone). */
    record Mail(String subject, String text) {}

    private MailCatcher() {}

    static List<Mail> inbox(String address) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(WEB + "/api/user/"
                                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "The mail catcher answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(mail -> new Mail(mail.getString("subject", ""), decoded(mail.getString("mimeMessage", ""))))
                    .toList();
        }
    }

    /** Waits for a mail to the address that matches. */
    static Mail await(String address, Predicate<Mail> wanted, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        List<Mail> seen = List.of();
        while (System.nanoTime() < until) {
            seen = inbox(address);
            for (Mail mail : seen) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No such mail to " + address + " after " + timeout + "; caught: "
                + seen.stream().map(Mail::subject).toList() + "; the server's threads: "
                + HeadshotsSystem.get().threadDump("no-mail-to-" + address));
    }

    /** Quoted-printable soft breaks and escapes, which Jakarta Mail may use, undone. */
    private static String decoded(String mime) {
        return mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }
}
