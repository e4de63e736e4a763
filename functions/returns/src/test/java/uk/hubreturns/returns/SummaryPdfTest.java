package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    @Test
    void moneyIsWrittenInPoundsWithThousandsGrouped() {
        assertThat(SummaryPdf.pounds(0)).isEqualTo("£0.00");
        assertThat(SummaryPdf.pounds(5)).isEqualTo("£0.05");
        assertThat(SummaryPdf.pounds(99_999)).isEqualTo("£999.99");
        assertThat(SummaryPdf.pounds(375_013)).isEqualTo("£3,750.13");
        assertThat(SummaryPdf.pounds(123_456_789_00L)).isEqualTo("£123,456,789.00");
    }

    @Test
    void everyWordOfTheCountyTablesHeadingsFitsItsColumnSoNoneIsBrokenMidWord() {
        float tableWidth = PageSize.A4.rotate().getWidth() - 2 * SummaryPdf.PAGE_MARGIN;
        float units = 0;
        for (SummaryPdf.CountyColumn column : SummaryPdf.COUNTY_COLUMNS) {
            units += column.width();
        }
        BaseFont font = SummaryPdf.BOLD.getCalculatedBaseFont(false);
        for (SummaryPdf.CountyColumn column : SummaryPdf.COUNTY_COLUMNS) {
            float room = tableWidth * column.width() / units - 2 * SummaryPdf.CELL_PADDING;
            for (String word : column.heading().split(" ")) {
                assertThat(font.getWidthPoint(word, SummaryPdf.BOLD.getSize())).as(word).isLessThanOrEqualTo(room);
            }
        }
    }
}
