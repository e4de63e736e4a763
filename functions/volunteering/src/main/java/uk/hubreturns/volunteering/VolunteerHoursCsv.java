package uk.hubreturns.volunteering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.http.PayloadTooLargeException;
import uk.hubreturns.volunteering.CsvParser.CsvRecord;

/**
 * Reads a spreadsheet of volunteer hours: a header row naming the columns {@code volunteerRef, date,
 * hours, activity} and optionally {@code note}, in any order, then one row per entry. Every row is
 * checked before anything is stored; a refusal names every bad cell as {@code line N: column}, with the spreadsheet's row
 * number too once a note holding a line break has made it differ from the line.
 */
public final class VolunteerHoursCsv {

    /** The most rows one upload may hold; a Lambda writes 10,000 in well under a minute. */
    public static final int MAX_ROWS = 10_000;
    /**
     * The most problems one refusal lists. 1,000 is far more than anyone fixes in one sitting, and keeps
     * the response of a file that is wrong on every line well under Lambda's 6 MB response limit.
     */
    static final int MAX_LISTED_PROBLEMS = 1_000;

    enum Column {
        VOLUNTEER_REF("volunteerRef", true),
        DATE("date", true),
        HOURS("hours", true),
        ACTIVITY("activity", true),
        NOTE("note", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    static final String EXPECTED_HEADER = "volunteerRef,date,hours,activity (and optionally note)";

    /** "Volunteer Ref", "volunteer_ref" and "Volunteer-ref" all name volunteerRef. */
    private static final Pattern SEPARATORS = Pattern.compile("[ _-]");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Day first, as Excel saves a date in a UK spreadsheet: 14/05/2026 or 4/5/2026. */
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2}");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final EntryRules rules;

    @Inject
    VolunteerHoursCsv(EntryRules rules) {
        this.rules = rules;
    }

    /** The rows of a file that is good throughout; otherwise an {@link InvalidInputException} naming every problem. */
    ParsedImport read(String csv) {
        CsvParser parser = new CsvParser(csv == null ? "" : csv);
        CsvRecord header = parser.next();
        if (header == null) {
            throw InvalidInputException.of("$", "the file is empty: its first line must be the header " + EXPECTED_HEADER);
        }
        Map<Column, Integer> columns = columns(header);
        Problems problems = new Problems();
        List<EntryDetails> rows = new ArrayList<>();
        int dataRows = 0;
        for (CsvRecord record = parser.next(); record != null; record = parser.next()) {
            if (record.isBlank()) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                throw new PayloadTooLargeException("The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                        + " rows. Split it into files of at most " + String.format(Locale.UK, "%,d", MAX_ROWS)
                        + " rows and upload each one; nothing was imported.");
            }
            EntryDetails row = row(record, header.values().size(), columns, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        problems.throwIfAny();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("$", "has a header but no rows to import");
        }
        return ParsedImport.of(rows);
    }

    private static Map<Column, Integer> columns(CsvRecord header) {
        String where = where(header);
        if (header.problem() != null) {
            throw InvalidInputException.of(where, header.problem());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Column, Integer> columns = new HashMap<>();
        List<String> names = header.values();
        if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
            throw InvalidInputException.of(where, "has its columns separated by " + (names.get(0).contains(";") ? "semicolons" : "tabs")
                    + ", not commas: save the spreadsheet as 'CSV UTF-8 (comma delimited)' and upload that");
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Column column = column(name);
            if (name.isEmpty()) {
                errors.add(new FieldError(where, "column " + (i + 1) + " has no name: name it or delete it; the header must be "
                        + EXPECTED_HEADER));
            } else if (column == null) {
                errors.add(new FieldError(where, "has a column '" + abbreviate(name) + "' that is not one of volunteerRef, date, hours, "
                        + "activity, note (the file should hold no names, only volunteer references)"));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new FieldError(where, "names the column '" + column.header + "' twice"));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(new FieldError(where, "is missing the column '" + column.header + "'; the header must be " + EXPECTED_HEADER));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return columns;
    }

    /**
     * Where a record is: its line, as a text editor numbers it, and, once a value holding a line break has made the two
     * differ, its row as the spreadsheet it was saved from numbers it.
     */
    private static String where(CsvRecord record) {
        return record.row() == record.line() ? "line " + record.line() : "line " + record.line() + " (spreadsheet row " + record.row() + ")";
    }

    private static Column column(String name) {
        for (Column column : Column.values()) {
            if (column.header.equalsIgnoreCase(SEPARATORS.matcher(name).replaceAll(""))) {
                return column;
            }
        }
        return null;
    }

    private EntryDetails row(CsvRecord record, int width, Map<Column, Integer> columns, Problems problems) {
        String where = where(record);
        if (record.problem() != null) {
            problems.add(where, record.problem());
            return null;
        }
        if (record.values().size() != width) {
            problems.add(where, "has " + record.values().size() + (record.values().size() == 1 ? " value" : " values")
                    + " but the header has " + width + " columns");
            return null;
        }
        int before = problems.count;
        String ref = record.values().get(columns.get(Column.VOLUNTEER_REF)).strip();
        if (ref.isEmpty()) {
            problems.add(where, Column.VOLUNTEER_REF, "is empty");
        } else if (!VolunteerRefs.isValid(ref)) {
            problems.add(where, Column.VOLUNTEER_REF, VolunteerRefs.RULE);
        }
        LocalDate date = date(record.values().get(columns.get(Column.DATE)).strip(), where, problems);
        Integer minutes = Hours.parse(record.values().get(columns.get(Column.HOURS)),
                problem -> problems.add(where, Column.HOURS, problem));
        Activity activity = EntryRules.activityFromCell(record.values().get(columns.get(Column.ACTIVITY)),
                problem -> problems.add(where, Column.ACTIVITY, problem));
        String note = columns.containsKey(Column.NOTE) ? note(record.values().get(columns.get(Column.NOTE)), where, problems) : null;
        if (problems.count > before) {
            return null;
        }
        return new EntryDetails(ref, date, minutes, activity, note);
    }

    private LocalDate date(String text, String where, Problems problems) {
        if (text.isEmpty()) {
            problems.add(where, Column.DATE, "is empty");
            return null;
        }
        Matcher ukDate = UK_DATE.matcher(text);
        String iso = ukDate.matches()
                ? ukDate.group(3) + "-" + twoDigits(ukDate.group(2)) + "-" + twoDigits(ukDate.group(1))
                : text;
        if (!DATE_SHAPE.matcher(iso).matches()) {
            problems.add(where, Column.DATE, SHORT_YEAR_DATE.matcher(text).matches()
                    ? "must have a four-digit year, such as 15/04/2026 or 2026-04-15"
                    : "must be a date written DD/MM/YYYY or YYYY-MM-DD, such as 15/04/2026 or 2026-04-15");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(iso, STRICT_DATE);
        } catch (DateTimeParseException e) {
            problems.add(where, Column.DATE, "is not a real calendar date");
            return null;
        }
        return rules.checkDate(date, problem -> problems.add(where, Column.DATE, problem)) ? date : null;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String note(String text, String where, Problems problems) {
        String note = text.strip();
        if (note.isEmpty()) {
            return null;
        }
        if (note.length() > EntryRules.MAX_NOTE) {
            problems.add(where, Column.NOTE, "must be at most " + EntryRules.MAX_NOTE + " characters");
            return null;
        }
        if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(where, Column.NOTE, "must not contain control characters");
            return null;
        }
        return note;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Every problem in the file, up to {@link #MAX_LISTED_PROBLEMS}; after that only counted. */
    private static final class Problems {
        private final List<FieldError> listed = new ArrayList<>();
        private int count;

        void add(String where, Column column, String message) {
            add(where + ": " + column.header, message);
        }

        void add(String where, String message) {
            count++;
            if (listed.size() < MAX_LISTED_PROBLEMS) {
                listed.add(new FieldError(where, message));
            }
        }

        void throwIfAny() {
            if (count == 0) {
                return;
            }
            if (count == listed.size()) {
                throw new InvalidInputException(listed);
            }
            List<FieldError> errors = new ArrayList<>(listed);
            errors.add(new FieldError("$", "has " + (count - listed.size()) + " more problems not listed here; "
                    + "correct these first and upload the file again"));
            throw new InvalidInputException(errors, String.format(Locale.UK, "The file has %,d problems; the first %,d are listed.",
                    count, listed.size()));
        }
    }
}
