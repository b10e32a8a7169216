package org.headshots.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request's JSON object read field by field with the types the call expects: nothing is coerced (4.5 is not
 * 4, 2147483648 is not a negative number, "3" is not 3), and anything else is refused with what to send.
 */
final class JsonBody {

    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** @throws InvalidRequestException when the body is not an object or has fields the call does not know */
    static JsonBody of(JsonValue body, Set<String> fields, String example) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidRequestException("Send a JSON object like " + example);
        }
        List<String> unknown = object.keySet().stream()
                .filter(key -> !fields.contains(key))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown field" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown) + "': this call takes "
                    + String.join(", ", fields.stream().sorted().toList()));
        }
        return new JsonBody(object);
    }

    /** A string of at most {@code maxLength} characters, or null when absent. */
    String text(String field, int maxLength) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidRequestException("'" + field + "' is text, in quotes");
        }
        if (string.getString().length() > maxLength) {
            throw new InvalidRequestException("'" + field + "' has at most " + maxLength + " characters, not "
                    + string.getString().length());
        }
        return string.getString();
    }

    /** A whole number from {@code min} to {@code max}, or null when absent. */
    Integer integer(String field, int min, int max) {
        Long number = whole(field, min, max);
        return number == null ? null : number.intValue();
    }

    /** A whole number from {@code min} to {@code max}, such as an id, or null when absent. */
    Long whole(String field, long min, long max) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        BigDecimal number = value instanceof JsonNumber json ? json.bigDecimalValue() : null;
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            throw new InvalidRequestException("'" + field + "' is a whole number from " + min + " to " + max);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidRequestException(
                    "'" + field + "' is from " + min + " to " + max + ", not " + number.toPlainString());
        }
        return number.longValueExact();
    }

    /** Parses a request body that the call reads itself. */
    static JsonValue parse(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new InvalidRequestException("The request body is not JSON: " + e.getMessage());
        }
    }

    /** A list of at most {@code maxSize} whole numbers from {@code min} to {@code max}, or null when absent. */
    List<Integer> integers(String field, int maxSize, int min, int max) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array) || array.size() > maxSize) {
            throw new InvalidRequestException(
                    "'" + field + "' is a list of at most " + maxSize + " whole numbers, like [7, 2]");
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            numbers.add(new JsonBody(jakarta.json.Json.createObjectBuilder()
                            .add(field, array.get(i))
                            .build())
                    .integer(field, min, max));
        }
        return numbers;
    }

    /** true or false, {@code otherwise} when absent. */
    boolean flag(String field, boolean otherwise) {
        JsonValue value = value(field);
        if (value == null) {
            return otherwise;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidRequestException("'" + field + "' is true or false, without quotes");
        }
        return value == JsonValue.TRUE;
    }

    /** A date like 2027-03-31, or null when absent. */
    LocalDate date(String field) {
        String text = text(field, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + field + "' is a date like 2027-03-31, not '" + text + "'");
        }
    }

    /**
     * A list of at most {@code maxSize} texts, or null when absent; a null or non-text element stays in it as
     * null, for the application to refuse with the choices it knows.
     */
    List<String> texts(String field, int maxSize, int maxLength) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidRequestException("'" + field + "' is a list, like [\"studio-grey\"]");
        }
        if (array.size() > maxSize) {
            throw new InvalidRequestException(
                    "'" + field + "' has at most " + maxSize + " entries, not " + array.size());
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue element : array) {
            String text = element instanceof JsonString string ? string.getString() : null;
            texts.add(text == null || text.length() > maxLength ? null : text);
        }
        return texts;
    }

    /** A list of at most {@code maxSize} JSON objects; empty when absent. */
    List<JsonValue> objects(String field, int maxSize) {
        JsonValue value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)
                || array.stream().anyMatch(element -> !(element instanceof JsonObject))) {
            throw new InvalidRequestException("'" + field + "' is a list of objects, like [{\"email\": …}]");
        }
        if (array.size() > maxSize) {
            throw new InvalidRequestException(
                    "'" + field + "' has at most " + maxSize + " entries, not " + array.size());
        }
        return List.copyOf(array);
    }

    /** Whether the field was sent with a value (not absent, not null). */
    boolean present(String field) {
        return value(field) != null;
    }

    private JsonValue value(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
