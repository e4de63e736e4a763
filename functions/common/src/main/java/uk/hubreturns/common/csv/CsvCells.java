package uk.hubreturns.common.csv;

import java.math.BigDecimal;

/** One cell of a CSV file a council officer will open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quotes where RFC 4180 needs it, and defuses text a spreadsheet would run as a formula. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
