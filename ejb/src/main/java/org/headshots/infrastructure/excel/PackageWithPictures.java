package org.headshots.infrastructure.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Copies the workbook POI wrote, entry by entry, into the output, adding each sheet's spooled pictures and links:
 * the sheet's hyperlinks and drawing elements, its relationships, the drawing parts, the media and their content
 * types. Only the small parts (content types, a sheet's tail after its rows) are held in memory.
 */
final class PackageWithPictures {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
    private static final Pattern SHEET_TAIL = Pattern.compile("</sheetData>|<sheetData/>");
    private static final Pattern BEFORE_HYPERLINKS = Pattern.compile(
            "<(printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches"
                    + "|ignoredErrors|smartTags|drawing|legacyDrawing|picture|oleObjects|controls|webPublishItems"
                    + "|tableParts|extLst)[ />]|</worksheet>");
    private static final Pattern BEFORE_DRAWING = Pattern.compile(
            "<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts"
                    + "|extLst)[ />]|</worksheet>");

    private final Map<String, SheetPictures> bySheetPart;

    /** @param bySheetPart each sheet's spool under its part name, as {@code xl/worksheets/sheet2.xml} */
    PackageWithPictures(Map<String, SheetPictures> bySheetPart) {
        this.bySheetPart = bySheetPart;
    }

    void copy(InputStream workbook, OutputStream out) throws IOException {
        Set<String> relationshipsDone = new HashSet<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        // Commons Compress reads the entries POI streamed with data descriptors, which java.util.zip refuses
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(workbook, "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                zip.putNextEntry(new ZipEntry(name));
                SheetPictures sheet = bySheetPart.get(name);
                String relationshipsOf = sheetOfRelationships(name);
                if (name.equals(CONTENT_TYPES)) {
                    zip.write(contentTypes(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } else if (sheet != null && !sheet.isEmpty()) {
                    copySheet(in, zip, sheet);
                } else if (relationshipsOf != null
                        && bySheetPart.containsKey(relationshipsOf)
                        && !bySheetPart.get(relationshipsOf).isEmpty()) {
                    mergeRelationships(
                            new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            zip,
                            bySheetPart.get(relationshipsOf));
                    relationshipsDone.add(relationshipsOf);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        for (Map.Entry<String, SheetPictures> part : bySheetPart.entrySet()) {
            SheetPictures sheet = part.getValue();
            if (sheet.isEmpty()) {
                continue;
            }
            if (!relationshipsDone.contains(part.getKey())) {
                zip.putNextEntry(new ZipEntry(relationshipsPart(part.getKey())));
                sheet.writeSheetRelationships(zip);
                zip.closeEntry();
            }
            if (sheet.pictures() > 0) {
                zip.putNextEntry(new ZipEntry(sheet.drawingPart()));
                sheet.writeDrawing(zip);
                zip.closeEntry();
                zip.putNextEntry(
                        new ZipEntry(sheet.drawingPart().replace("xl/drawings/", "xl/drawings/_rels/") + ".rels"));
                sheet.writeDrawingRelationships(zip);
                zip.closeEntry();
                sheet.eachImage((picture, jpeg) -> {
                    ZipEntry media = new ZipEntry(sheet.mediaPart(picture));
                    zip.putNextEntry(media);
                    zip.write(jpeg);
                    zip.closeEntry();
                });
            }
        }
        zip.finish();
    }

    private String contentTypes(String xml) {
        StringBuilder added = new StringBuilder();
        if (!xml.contains("Extension=\"jpeg\"")) {
            added.append("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
        }
        for (SheetPictures sheet : bySheetPart.values()) {
            if (sheet.pictures() > 0) {
                added.append("<Override PartName=\"/")
                        .append(sheet.drawingPart())
                        .append("\" ContentType=\"")
                        .append(DRAWING_TYPE)
                        .append("\"/>");
            }
        }
        int end = xml.lastIndexOf("</Types>");
        return xml.substring(0, end) + added + xml.substring(end);
    }

    /** Streams the sheet's rows as they are and rewrites only what follows them. */
    private static void copySheet(InputStream in, OutputStream out, SheetPictures sheet) throws IOException {
        String tail = copyUntilTail(in, out);
        Matcher hyperlinksAt = BEFORE_HYPERLINKS.matcher(tail);
        int at = hyperlinksAt.find() ? hyperlinksAt.start() : tail.lastIndexOf("</worksheet>");
        out.write(tail.substring(0, at).getBytes(StandardCharsets.UTF_8));
        sheet.writeHyperlinks(out);
        String rest = tail.substring(at);
        Matcher drawingAt = BEFORE_DRAWING.matcher(rest);
        int before = drawingAt.find() ? drawingAt.start() : rest.lastIndexOf("</worksheet>");
        out.write((rest.substring(0, before) + sheet.drawingElement() + rest.substring(before))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the sheet up to and including the end of its rows, and gives what follows (a few hundred bytes).
     * Cell text is escaped, so the closing tag cannot occur inside a value.
     */
    private static String copyUntilTail(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream window = new ByteArrayOutputStream();
        int read;
        while ((read = in.read(buffer)) > 0) {
            window.write(buffer, 0, read);
            String text = window.toString(StandardCharsets.ISO_8859_1);
            Matcher end = SHEET_TAIL.matcher(text);
            if (end.find()) {
                out.write(window.toByteArray(), 0, end.end());
                ByteArrayOutputStream tail = new ByteArrayOutputStream();
                tail.write(window.toByteArray(), end.end(), window.size() - end.end());
                in.transferTo(tail);
                return tail.toString(StandardCharsets.UTF_8);
            }
            int keep = Math.min(window.size(), 16);
            out.write(window.toByteArray(), 0, window.size() - keep);
            byte[] carry = java.util.Arrays.copyOfRange(window.toByteArray(), window.size() - keep, window.size());
            window.reset();
            window.write(carry);
        }
        throw new IOException("A sheet of the workbook has no rows element");
    }

    private static void mergeRelationships(String xml, OutputStream out, SheetPictures sheet) throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        sheet.writeSheetRelationships(ours);
        String added = ours.toString(StandardCharsets.UTF_8);
        added = added.substring(
                added.indexOf('>', added.indexOf("<Relationships")) + 1, added.lastIndexOf("</Relationships>"));
        int end = xml.lastIndexOf("</Relationships>");
        out.write((xml.substring(0, end) + added + xml.substring(end)).getBytes(StandardCharsets.UTF_8));
    }

    /** xl/worksheets/_rels/sheet2.xml.rels → xl/worksheets/sheet2.xml; null for any other part. */
    private static String sheetOfRelationships(String name) {
        return name.startsWith("xl/worksheets/_rels/") && name.endsWith(".rels")
                ? "xl/worksheets/" + name.substring("xl/worksheets/_rels/".length(), name.length() - ".rels".length())
                : null;
    }

    private static String relationshipsPart(String sheetPart) {
        return sheetPart.replace("xl/worksheets/", "xl/worksheets/_rels/") + ".rels";
    }
}
