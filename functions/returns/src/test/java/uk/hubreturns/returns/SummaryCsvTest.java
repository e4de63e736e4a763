package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryCsvTest {

    @Test
    void quotesFieldsWithCommasQuotesOrLineBreaksAsRfc4180Says() {
        assertThat(SummaryCsv.field("North Hub")).isEqualTo("North Hub");
        assertThat(SummaryCsv.field("Banbury, north")).isEqualTo("\"Banbury, north\"");
        assertThat(SummaryCsv.field("The \"Get Active\" hub")).isEqualTo("\"The \"\"Get Active\"\" hub\"");
        assertThat(SummaryCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedButNegativeNumbersAreNot() {
        assertThat(SummaryCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SummaryCsv.field("@sum")).isEqualTo("'@sum");
        assertThat(SummaryCsv.field("-0.25")).isEqualTo("-0.25");
    }
}
