package org.headshots.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The REST API as a script uses it: a token from Keycloak's public CLI client, then JSON calls. */
final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        JsonObject object() {
            return json().asJsonObject();
        }

        /** The id of what the call made or answered with, as the body's "id" says. */
        long id() {
            return object().getJsonNumber("id").longValue();
        }
    }

    private Api() {}

    static String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=headshots-cli&username=" + enc(username) + "&password=demo";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                HeadshotsSystem.KEYCLOAK + "/realms/headshots/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    static Reply get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    /** A GET of an image, accepting the JSON of an error too. */
    static Reply getImage(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token)
                .setHeader("Accept", "image/jpeg, application/json")
                .GET());
    }

    /** A GET of a CSV export, accepting the JSON of an error too. */
    static Reply getCsv(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token)
                .setHeader("Accept", "text/csv, application/json")
                .GET());
    }

    /** The bytes of a ZIP download, with the status. */
    static HttpResponse<byte[]> zip(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(
                request(path, token)
                        .setHeader("Accept", "application/zip, application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The bytes of an image, with the status. */
    static HttpResponse<byte[]> bytes(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(
                request(path, token)
                        .setHeader("Accept", "image/jpeg, application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Reply put(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply patch(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply post(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply putPhoto(String path, String token, String contentType, byte[] photo)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo)));
    }

    static Reply postPhoto(String path, String token, String contentType, byte[] photo)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)));
    }

    /** A multipart/form-data upload of one file in the field {@code file}, as a browser sends it. */
    static Reply upload(String path, String token, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        return uploadAll(path, token, contentType, java.util.Map.of(fileName, content));
    }

    /** One multipart request with every file in the field {@code file}, as a browser sends a multiple upload. */
    static Reply uploadAll(String path, String token, String contentType, java.util.Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "----headshots" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET with the Authorization header exactly as given, scheme and all. */
    static Reply getAuthorized(String path, String authorization) throws IOException, InterruptedException {
        return send(request(path, null).header("Authorization", authorization).GET());
    }

    static Reply delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE());
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
