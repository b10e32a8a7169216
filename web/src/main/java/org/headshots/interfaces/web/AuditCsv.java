package org.headshots.interfaces.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.headshots.application.AuditLog;
import org.headshots.application.FormulaText;
import org.headshots.domain.audit.AuditQuery;
import org.headshots.domain.people.Organisation;

/**
 * The organisation's audit log as CSV, written as it is read: a header, then one row an event, newest first. A
 * cell that a spreadsheet would run as a formula (=, +, -, @) is written as text.
 */
public final class AuditCsv {

    private AuditCsv() {}

    public static void write(AuditLog log, Organisation organisation, AuditQuery query, OutputStream out)
            throws IOException {
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("at", "actor", "action", "subject", "detail")
                        .get())) {
            log.each(organisation, query, entry -> {
                try {
                    csv.printRecord(
                            entry.at().toString(),
                            text(entry.actor()),
                            text(entry.action()),
                            text(entry.subject()),
                            text(entry.detail()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What a spreadsheet would take for a formula gets a leading apostrophe. */
    static String text(String value) {
        return FormulaText.looksLikeAFormula(value) ? "'" + value : value;
    }
}
