package org.headshots.infrastructure.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.headshots.application.FormulaText;
import org.headshots.domain.order.MemberState;

/** The roster's cell styles, made once per workbook (Excel allows about 64,000). */
final class RosterStyles {

    private static final Map<MemberState, IndexedColors> STATE_COLOURS = new EnumMap<>(Map.of(
            MemberState.INVITED, IndexedColors.GREY_25_PERCENT,
            MemberState.SIGNED_IN, IndexedColors.PALE_BLUE,
            MemberState.CONSENTED, IndexedColors.LIGHT_TURQUOISE,
            MemberState.UPLOADING, IndexedColors.LIGHT_YELLOW,
            MemberState.READY, IndexedColors.TAN,
            MemberState.MAKING, IndexedColors.LIGHT_CORNFLOWER_BLUE,
            MemberState.FAILED, IndexedColors.ROSE,
            MemberState.DONE, IndexedColors.LIGHT_GREEN,
            MemberState.CHOSEN, IndexedColors.BRIGHT_GREEN));

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle link;
    private final CellStyle date;
    private final CellStyle title;
    private final Map<MemberState, CellStyle> states = new EnumMap<>(MemberState.class);

    RosterStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.CENTER);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.cloneStyleFrom(text);
        link.setFont(underlined);
        date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        for (MemberState state : MemberState.values()) {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setFillForegroundColor(STATE_COLOURS.get(state).getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            states.put(state, style);
        }
    }

    /**
     * Text as text: names come from the directory and from imported files, so one that begins like a formula is
     * marked as a quoted string and never read as one.
     */
    void text(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(FormulaText.looksLikeAFormula(value) ? quoted : text);
    }

    CellStyle header() {
        return header;
    }

    CellStyle state(MemberState state) {
        return states.get(state);
    }

    CellStyle link() {
        return link;
    }

    CellStyle date() {
        return date;
    }

    CellStyle title() {
        return title;
    }
}
