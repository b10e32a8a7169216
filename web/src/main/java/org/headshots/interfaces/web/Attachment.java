package org.headshots.interfaces.web;

/** What a file download answers with: its type and a Content-Disposition that saves it under its name. */
public final class Attachment {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";

    private Attachment() {}

    /** The file names are made by the application (letters, digits, dashes, dots), so they need no quoting rules. */
    public static String disposition(String fileName) {
        if (!fileName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a plain file name: " + fileName);
        }
        return "attachment; filename=\"" + fileName + "\"";
    }
}
