package org.headshots.infrastructure.excel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.poi.poifs.crypt.temp.EncryptedTempData;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.headshots.application.gallery.Thumbnail;

/**
 * One sheet's pictures and hyperlinks, kept in encrypted temporary files while its rows stream, and written into
 * the package afterwards as the sheet's drawing part, its relationships and its media. POI itself keeps every
 * anchor and hyperlink of a sheet in memory until the end, which grows with the number of rows.
 */
final class SheetPictures implements AutoCloseable {

    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK = R + "/hyperlink";
    private static final String IMAGE = R + "/image";
    private static final String DRAWING = R + "/drawing";

    private final int sheet;
    private final EncryptedTempData anchors = new EncryptedTempData();
    private final EncryptedTempData links = new EncryptedTempData();
    private final EncryptedTempData linkTargets = new EncryptedTempData();
    private final EncryptedTempData images = new EncryptedTempData();
    private final Writer anchorXml;
    private final Writer linkXml;
    private final Writer linkRels;
    private final DataOutputStream imageData;
    private int pictureCount;
    private int linkCount;

    /** @param sheet the number of the sheet's part, xl/worksheets/sheetN.xml */
    SheetPictures(int sheet) throws IOException {
        this.sheet = sheet;
        anchorXml = writer(anchors.getOutputStream());
        linkXml = writer(links.getOutputStream());
        linkRels = writer(linkTargets.getOutputStream());
        imageData = new DataOutputStream(images.getOutputStream());
    }

    void picture(int row, int column, Thumbnail picture, String description) throws IOException {
        pictureCount++;
        long width = (long) picture.width() * Units.EMU_PER_PIXEL;
        long height = (long) picture.height() * Units.EMU_PER_PIXEL;
        anchorXml.write("<xdr:oneCellAnchor><xdr:from><xdr:col>" + column + "</xdr:col><xdr:colOff>"
                + 4 * Units.EMU_PER_PIXEL + "</xdr:colOff><xdr:row>" + row + "</xdr:row><xdr:rowOff>"
                + 2 * Units.EMU_PER_PIXEL + "</xdr:rowOff></xdr:from><xdr:ext cx=\"" + width + "\" cy=\"" + height
                + "\"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"" + (pictureCount + 1) + "\" name=\"Picture "
                + pictureCount + "\" descr=\"" + StringEscapeUtils.escapeXml10(description)
                + "\"/><xdr:cNvPicPr><a:picLocks"
                + " noChangeAspect=\"1\"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed=\"rIdP"
                + pictureCount + "\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off"
                + " x=\"0\" y=\"0\"/><a:ext cx=\"" + width + "\" cy=\"" + height + "\"/></a:xfrm><a:prstGeom"
                + " prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>");
        imageData.writeInt(picture.jpeg().length);
        imageData.write(picture.jpeg());
    }

    void link(int row, int column, String address) throws IOException {
        linkCount++;
        linkXml.write("<hyperlink ref=\"" + new CellReference(row, column).formatAsString() + "\" r:id=\"rIdL"
                + linkCount + "\"/>");
        linkRels.write("<Relationship Id=\"rIdL" + linkCount + "\" Type=\"" + HYPERLINK + "\" Target=\""
                + StringEscapeUtils.escapeXml10(address) + "\" TargetMode=\"External\"/>");
    }

    int sheet() {
        return sheet;
    }

    boolean isEmpty() {
        return pictureCount == 0 && linkCount == 0;
    }

    int pictures() {
        return pictureCount;
    }

    String drawingPart() {
        return "xl/drawings/roster" + sheet + ".xml";
    }

    String mediaPart(int picture) {
        return "xl/media/roster" + sheet + "-" + picture + ".jpeg";
    }

    /** What goes after the sheet's autoFilter: its hyperlinks (written to {@code out}). */
    void writeHyperlinks(OutputStream out) throws IOException {
        if (linkCount == 0) {
            return;
        }
        out.write(("<hyperlinks xmlns:r=\"" + R + "\">").getBytes(StandardCharsets.UTF_8));
        try (InputStream in = links.getInputStream()) {
            in.transferTo(out);
        }
        out.write("</hyperlinks>".getBytes(StandardCharsets.UTF_8));
    }

    /** The element that ties the sheet to its drawing, last in the sheet. */
    String drawingElement() {
        return pictureCount == 0 ? "" : "<drawing xmlns:r=\"" + R + "\" r:id=\"rIdD1\"/>";
    }

    /** The relationships of the sheet: its drawing and the targets of its links. */
    void writeSheetRelationships(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\">")
                .getBytes(StandardCharsets.UTF_8));
        if (pictureCount > 0) {
            out.write(("<Relationship Id=\"rIdD1\" Type=\"" + DRAWING + "\" Target=\"../drawings/roster" + sheet
                            + ".xml\"/>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = linkTargets.getInputStream()) {
            in.transferTo(out);
        }
        out.write("</Relationships>".getBytes(StandardCharsets.UTF_8));
    }

    void writeDrawing(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<xdr:wsDr xmlns:xdr=\""
                        + "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\""
                        + "http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" + R + "\">")
                .getBytes(StandardCharsets.UTF_8));
        try (InputStream in = anchors.getInputStream()) {
            in.transferTo(out);
        }
        out.write("</xdr:wsDr>".getBytes(StandardCharsets.UTF_8));
    }

    void writeDrawingRelationships(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\">")
                .getBytes(StandardCharsets.UTF_8));
        for (int picture = 1; picture <= pictureCount; picture++) {
            out.write(("<Relationship Id=\"rIdP" + picture + "\" Type=\"" + IMAGE + "\" Target=\"../media/roster"
                            + sheet + "-" + picture + ".jpeg\"/>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write("</Relationships>".getBytes(StandardCharsets.UTF_8));
    }

    /** The pictures in the order they were added, one at a time. */
    void eachImage(ImageSink sink) throws IOException {
        try (DataInputStream in = new DataInputStream(images.getInputStream())) {
            for (int picture = 1; picture <= pictureCount; picture++) {
                sink.accept(picture, in.readNBytes(in.readInt()));
            }
        }
    }

    @FunctionalInterface
    interface ImageSink {
        void accept(int picture, byte[] jpeg) throws IOException;
    }

    /** Ends the spooling; call before reading any of it back. */
    void seal() throws IOException {
        anchorXml.close();
        linkXml.close();
        linkRels.close();
        imageData.close();
    }

    @Override
    public void close() {
        anchors.dispose();
        links.dispose();
        linkTargets.dispose();
        images.dispose();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
