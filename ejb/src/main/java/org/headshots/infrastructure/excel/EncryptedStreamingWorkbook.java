package org.headshots.infrastructure.excel;

import java.io.IOException;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A streaming workbook whose rows wait in encrypted temporary files: they hold people's names and addresses. */
final class EncryptedStreamingWorkbook extends SXSSFWorkbook {

    EncryptedStreamingWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriterWithDecorator();
    }
}
