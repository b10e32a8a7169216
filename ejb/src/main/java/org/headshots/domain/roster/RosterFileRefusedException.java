package org.headshots.domain.roster;

import java.util.Locale;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A roster file that cannot be read at all; the message says what to upload instead. */
public class RosterFileRefusedException extends Refusal {

    private static final String COLUMNS = "E-mail, First name, Last name, Department and Title";

    private RosterFileRefusedException(String message, Throwable cause) {
        super(RefusalKind.UNACCEPTABLE, "ROSTER_FILE_REFUSED", message, cause);
    }

    private RosterFileRefusedException(String message) {
        this(message, null);
    }

    public static RosterFileRefusedException empty() {
        return new RosterFileRefusedException(
                "The file is empty: upload an .xlsx or .csv file with a header row" + " and one row per person");
    }

    public static RosterFileRefusedException noPeople() {
        return new RosterFileRefusedException(
                "The file has a header but no people below it: add one row per" + " person");
    }

    public static RosterFileRefusedException notASpreadsheet() {
        return new RosterFileRefusedException(
                "This file is not a spreadsheet: upload an .xlsx or .csv file with" + " the columns " + COLUMNS);
    }

    public static RosterFileRefusedException oldExcel() {
        return new RosterFileRefusedException("This is an old Excel file (.xls) or a password-protected one:"
                + " open it in Excel, save it as .xlsx without a password and upload that");
    }

    public static RosterFileRefusedException damaged(Throwable cause) {
        return new RosterFileRefusedException(
                "The file is damaged and cannot be read: open it in your"
                        + " spreadsheet program, save it again as .xlsx or .csv and upload that",
                cause);
    }

    public static RosterFileRefusedException unclosedQuote(Throwable cause) {
        return new RosterFileRefusedException(
                "The file is damaged: a quotation mark is never closed or the file"
                        + " is cut short; export it again as .csv or .xlsx and upload that",
                cause);
    }

    public static RosterFileRefusedException tooLarge(long maxBytes) {
        return new RosterFileRefusedException("The file is larger than " + megabytes(maxBytes) + ": remove other"
                + " sheets, pictures and columns, or split the people into several files");
    }

    public static RosterFileRefusedException unpacksTooLarge(long maxBytes, Throwable cause) {
        return new RosterFileRefusedException(
                "The file unpacks to more than " + megabytes(maxBytes) + ": remove"
                        + " other sheets and pictures, or save the people as .csv and upload that",
                cause);
    }

    public static RosterFileRefusedException tooManyRows(int maxRows) {
        return new RosterFileRefusedException(String.format(
                Locale.ENGLISH,
                "The file has more than %,d rows of people: split it" + " into files of at most %,d rows",
                maxRows,
                maxRows));
    }

    public static RosterFileRefusedException noEmailColumn() {
        return new RosterFileRefusedException(
                "No column of the file is the e-mail address: name the header of" + " that column 'E-mail'");
    }

    private static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
