package org.headshots.infrastructure.excel;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.headshots.application.roster.RosterSummary;
import org.headshots.domain.order.MemberState;

/** The roster's first sheet: the order, and members per department and state as a table and a chart. */
final class SummarySheet {

    private static final int TABLE_HEADER = 6;
    private static final List<MemberState> STATES = List.of(MemberState.values());

    private final XSSFSheet sheet;
    private final RosterStyles styles;

    SummarySheet(XSSFSheet sheet, RosterStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(RosterSummary summary) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Headshots roster: " + summary.order());
        title.setCellStyle(styles.title());
        labelled(1, "Organisation").setCellValue(summary.organisation());
        Cell deadline = labelled(2, "Deadline");
        deadline.setCellValue(summary.deadline());
        deadline.setCellStyle(styles.date());
        Cell made = labelled(3, "Made (UTC)");
        made.setCellValue(summary.made().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        made.setCellStyle(styles.date());
        labelled(4, "Members").setCellValue(summary.members());
        sheet.setColumnWidth(0, 28 * 256);
        table(summary.statesByDepartment());
        if (!summary.statesByDepartment().isEmpty()) {
            chart(summary.statesByDepartment().size());
        }
    }

    private Cell labelled(int row, String label) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        return line.createCell(1);
    }

    private void table(Map<String, Map<MemberState, Long>> departments) {
        Row header = sheet.createRow(TABLE_HEADER);
        header(header, 0, "Department");
        for (int i = 0; i < STATES.size(); i++) {
            header(header, i + 1, STATES.get(i).name());
            sheet.setColumnWidth(i + 1, 12 * 256);
        }
        header(header, STATES.size() + 1, "Total");
        int rowIndex = TABLE_HEADER + 1;
        long[] totals = new long[STATES.size() + 1];
        for (Map.Entry<String, Map<MemberState, Long>> department : departments.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            styles.text(row.createCell(0), department.getKey().isBlank() ? "No department" : department.getKey());
            long sum = 0;
            for (int i = 0; i < STATES.size(); i++) {
                long count = department.getValue().getOrDefault(STATES.get(i), 0L);
                row.createCell(i + 1).setCellValue(count);
                totals[i] += count;
                sum += count;
            }
            row.createCell(STATES.size() + 1).setCellValue(sum);
            totals[STATES.size()] += sum;
        }
        Row total = sheet.createRow(rowIndex);
        header(total, 0, "Total");
        for (int i = 0; i < totals.length; i++) {
            Cell cell = total.createCell(i + 1);
            cell.setCellValue(totals[i]);
            cell.setCellStyle(styles.header());
        }
    }

    private void header(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
    }

    private void chart(int departments) {
        int first = TABLE_HEADER + 1;
        int last = TABLE_HEADER + departments;
        int top = last + 3;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, 0, top, STATES.size() + 2, top + Math.max(18, 2 * departments));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Members per department and state");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis departmentsAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis membersAxis = chart.createValueAxis(AxisPosition.LEFT);
        membersAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, departmentsAxis, membersAxis);
        bars.setBarDirection(BarDirection.COL);
        // clustered: stacking needs an overlap of 100 %, a type poi-ooxml-lite does not carry
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        for (int i = 0; i < STATES.size(); i++) {
            XDDFNumericalDataSource<Double> counts =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, i + 1, i + 1));
            XDDFChartData.Series series = bars.addSeries(names, counts);
            series.setTitle(
                    STATES.get(i).name(), new CellReference(sheet.getSheetName(), TABLE_HEADER, i + 1, true, true));
        }
        chart.plot(bars);
    }
}
