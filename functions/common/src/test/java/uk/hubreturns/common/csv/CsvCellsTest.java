package uk.hubreturns.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesFieldsWithCommasQuotesOrLineBreaksAsRfc4180Says() {
        assertThat(CsvCells.field("North Hub")).isEqualTo("North Hub");
        assertThat(CsvCells.field("Banbury, north")).isEqualTo("\"Banbury, north\"");
        assertThat(CsvCells.field("The \"Get Active\" hub")).isEqualTo("\"The \"\"Get Active\"\" hub\"");
        assertThat(CsvCells.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedButNegativeNumbersAreNot() {
        assertThat(CsvCells.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.field("@sum")).isEqualTo("'@sum");
        assertThat(CsvCells.field("-0.25")).isEqualTo("-0.25");
    }
}
