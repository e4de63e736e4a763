package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hubreturns.volunteering.CsvParser.CsvRecord;

class CsvParserTest {

    private static List<CsvRecord> parse(String text) {
        CsvParser parser = new CsvParser(text);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = parser.next(); record != null; record = parser.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void readsPlainRecordsWithTheirLineNumbers() {
        assertThat(parse("a,b,c\n1,2,3\n4,5,6\n")).containsExactly(
                new CsvRecord(1, 1, List.of("a", "b", "c"), null),
                new CsvRecord(2, 2, List.of("1", "2", "3"), null),
                new CsvRecord(3, 3, List.of("4", "5", "6"), null));
    }

    @Test
    void crlfLfAndLoneCrAllEndALine() {
        assertThat(parse("a,b\r\n1,2\r3,4\n5,6")).extracting(CsvRecord::line, CsvRecord::values).containsExactly(
                tuple(1, List.of("a", "b")),
                tuple(2, List.of("1", "2")),
                tuple(3, List.of("3", "4")),
                tuple(4, List.of("5", "6")));
    }

    @Test
    void skipsALeadingByteOrderMark() {
        assertThat(parse("\uFEFFvolunteerRef,date\nV-1,2026-04-01")).first()
                .isEqualTo(new CsvRecord(1, 1, List.of("volunteerRef", "date"), null));
    }

    @Test
    void quotedValuesHoldCommasLineBreaksAndDoubledQuotes() {
        List<CsvRecord> records = parse("note,n\r\n\"Lifts, then lunch\",1\r\n\"Two\r\nlines\",2\n\"She said \"\"hello\"\"\",3\n\"\",4\n");

        assertThat(records).extracting(CsvRecord::values).containsExactly(
                List.of("note", "n"),
                List.of("Lifts, then lunch", "1"),
                List.of("Two\nlines", "2"),
                List.of("She said \"hello\"", "3"),
                List.of("", "4"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 5, 6);
    }

    @Test
    void aLineBreakInsideQuotesCountsTowardsLaterLineNumbersButNotRows() {
        List<CsvRecord> records = parse("h\n\"a\nb\nc\"\nnext\n\nlast\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5, 7);
        assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 3, 5);
    }

    @Test
    void skipsBlankLinesButCountsThem() {
        List<CsvRecord> records = parse("h\n\n\r\n1\n\n");

        assertThat(records).containsExactly(new CsvRecord(1, 1, List.of("h"), null), new CsvRecord(4, 4, List.of("1"), null));
    }

    @Test
    void keepsEmptyValuesIncludingATrailingOne() {
        assertThat(parse("a,,c,\n")).containsExactly(new CsvRecord(1, 1, List.of("a", "", "c", ""), null));
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsReadAsAQuote() {
        assertThat(parse("6\" ruler,2\n").get(0).values()).containsExactly("6\" ruler", "2");
    }

    @Test
    void anUnclosedQuoteIsAProblemOfTheRecordItOpensAndReadsToTheEnd() {
        List<CsvRecord> records = parse("h,n\n1,\"never closed\n2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).problem()).isEqualTo("has a quoted value, opened on line 2, that is never closed: a \" is missing");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemOfThatRecordOnly() {
        List<CsvRecord> records = parse("h,n\n\"abc\"def,1\n2,3\n");

        assertThat(records.get(1).problem()).startsWith("has text after the closing quote");
        assertThat(records.get(2)).isEqualTo(new CsvRecord(3, 3, List.of("2", "3"), null));
    }

    @Test
    void anEmptyTextHasNoRecords() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("\uFEFF")).isEmpty();
        assertThat(parse("\r\n\n")).isEmpty();
    }

    @Test
    void aRecordOfOnlyBlankValuesIsBlank() {
        assertThat(parse(",, ,\n").get(0).isBlank()).isTrue();
        assertThat(parse("a,,\n").get(0).isBlank()).isFalse();
    }
}
