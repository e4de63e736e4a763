package uk.hubreturns.volunteering;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them, one record at a time: values may be quoted,
 * a quoted value may hold commas, line breaks and doubled quotes ({@code ""}), and lines may end in
 * CRLF, LF or a lone CR. A leading byte-order mark is skipped. Blank lines are skipped.
 *
 * <p>Each record carries the line it starts on (the first line is 1), counting the line breaks inside
 * quoted values, as a text editor does, and its row, not counting them, as a spreadsheet does. A quote inside an unquoted value is read as a quote, as
 * spreadsheets do; a record that cannot be read carries a problem instead of failing the whole file.
 */
final class CsvParser {

    /** One record: its values, or why it could not be read. */
    record CsvRecord(int line, int row, List<String> values, String problem) {

        boolean isBlank() {
            return problem == null && values.stream().allMatch(String::isBlank);
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private int position;
    private int line = 1;
    private int lineBreaksInsideValues;

    CsvParser(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    }

    /** The next record that is not an empty line, or {@code null} at the end of the text. */
    CsvRecord next() {
        while (position < text.length()) {
            if (atLineBreak()) {
                skipLineBreak();
                continue;
            }
            return record();
        }
        return null;
    }

    private CsvRecord record() {
        int startLine = line;
        int startRow = line - lineBreaksInsideValues;
        List<String> values = new ArrayList<>();
        String problem = null;
        while (true) {
            StringBuilder value = new StringBuilder();
            String fieldProblem = position < text.length() && text.charAt(position) == '"' ? quoted(value) : unquoted(value);
            if (fieldProblem != null && problem == null) {
                problem = fieldProblem;
            }
            values.add(value.toString());
            if (position >= text.length()) {
                break;
            }
            if (text.charAt(position) == ',') {
                position++;
                continue;
            }
            skipLineBreak();
            break;
        }
        return new CsvRecord(startLine, startRow, List.copyOf(values), problem);
    }

    private String unquoted(StringBuilder value) {
        int end = position;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        value.append(text, position, end);
        position = end;
        return null;
    }

    /** Reads a quoted value; line breaks inside it are kept as {@code \n} whatever the file uses. */
    private String quoted(StringBuilder value) {
        int openedOnLine = line;
        position++;
        while (true) {
            if (position >= text.length()) {
                return "has a quoted value, opened on line " + openedOnLine + ", that is never closed: a \" is missing";
            }
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    position += 2;
                    continue;
                }
                position++;
                return afterClosingQuote(value);
            }
            if (c == '\r' || c == '\n') {
                skipLineBreak();
                lineBreaksInsideValues++;
                value.append('\n');
                continue;
            }
            value.append(c);
            position++;
        }
    }

    private String afterClosingQuote(StringBuilder value) {
        if (position >= text.length() || text.charAt(position) == ',' || atLineBreak()) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        unquoted(rest);
        value.append(rest);
        return "has text after the closing quote of a value; put the whole value in quotes and write any \" inside it as \"\"";
    }

    private boolean atLineBreak() {
        char c = text.charAt(position);
        return c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }
}
