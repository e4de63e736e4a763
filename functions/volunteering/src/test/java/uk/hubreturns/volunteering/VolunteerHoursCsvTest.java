package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.http.PayloadTooLargeException;

class VolunteerHoursCsvTest {

    static final Clock TODAY_2026_07_10 = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));

    private final VolunteerHoursCsv csv = new VolunteerHoursCsv(new EntryRules(TODAY_2026_07_10));

    private List<FieldError> errorsFor(String text) {
        return catchThrowableOfType(InvalidInputException.class, () -> csv.read(text)).errors();
    }

    @Test
    void readsTheExampleSpreadsheetInEvents() throws IOException {
        ParsedImport parsed = csv.read(Files.readString(Path.of("../../events/volunteer-hours-example.csv")));

        assertThat(parsed.rows()).hasSize(40);
        assertThat(parsed.rows()).allSatisfy(row -> assertThat(VolunteerRefs.isValid(row.volunteerRef())).isTrue());
        assertThat(parsed.rows()).extracting(EntryDetails::note).contains("Minibus to the \"Get Active\" day", "Youth club, Thursday evening");
        assertThat(parsed.importId()).matches("[0-9a-f]{64}");
    }

    @Test
    void readsRowsWhateverTheColumnOrderAndWithoutANoteColumn() {
        ParsedImport parsed = csv.read("activity,hours,date,volunteerRef\nMENTORING,1.5,2026-04-02,V-0012\n");

        assertThat(parsed.rows()).containsExactly(new EntryDetails("V-0012", LocalDate.of(2026, 4, 2), 90, Activity.MENTORING, null));
    }

    @Test
    void readsTheOptionalNoteColumnQuotedWithCommasLineBreaksAndQuotes() {
        ParsedImport parsed = csv.read("volunteerRef,date,hours,activity,note\r\n"
                + "V-1,2026-04-02,2,TRANSPORT,\"Lifts to the \"\"food bank\"\", then\r\nback\"\r\n"
                + "V-2,2026-04-03,1,ADMIN,\r\n");

        assertThat(parsed.rows()).extracting(EntryDetails::note).containsExactly("Lifts to the \"food bank\", then\nback", null);
    }

    @Test
    void headerNamesAndActivitiesForgiveCaseAndSpacesAsSpreadsheetsWriteThem() {
        ParsedImport parsed = csv.read(" VolunteerRef , DATE,Hours,Activity,Note\nV-1,2026-04-02, 2 ,group sessions, \nV-2,2026-04-02,1,Group-Sessions,x\n");

        assertThat(parsed.rows()).extracting(EntryDetails::activity).containsExactly(Activity.GROUP_SESSIONS, Activity.GROUP_SESSIONS);
        assertThat(parsed.rows().get(0).minutes()).isEqualTo(120);
        assertThat(parsed.rows().get(0).note()).isNull();
    }

    @Test
    void aByteOrderMarkCrlfOrLfQuotingAndTheOrderOfColumnsOrRowsDoNotChangeTheImportId() {
        String plain = "volunteerRef,date,hours,activity\nV-1,2026-04-02,1.5,ADMIN\nV-2,2026-04-03,2,EVENTS\n";
        String saved = "\uFEFF\"volunteerRef\",\"date\",\"hours\",\"activity\"\r\n\"V-1\",\"2026-04-02\",\"1.50\",\"ADMIN\"\r\nV-2,2026-04-03,2,EVENTS";
        String reordered = "hours,activity,volunteerRef,date\n1.5,ADMIN,V-1,2026-04-02\n2,EVENTS,V-2,2026-04-03\n";

        String id = csv.read(plain).importId();

        assertThat(csv.read(saved).importId()).isEqualTo(id);
        assertThat(csv.read(reordered).importId()).isEqualTo(id);
        assertThat(csv.read(plain.replace("V-2", "V-3")).importId()).isNotEqualTo(id);
        String rowsSwapped = "volunteerRef,date,hours,activity\nV-2,2026-04-03,2,EVENTS\nV-1,2026-04-02,1.5,ADMIN\n";
        assertThat(csv.read(rowsSwapped).importId()).as("a sheet sorted differently holds the same rows").isEqualTo(id);
        assertThat(csv.read(rowsSwapped).rows()).as("kept in one order, which numbers them").isEqualTo(csv.read(plain).rows());
        assertThat(csv.read(plain + "V-1,2026-04-02,1.5,ADMIN\n").importId()).as("a row twice is another upload").isNotEqualTo(id);
        assertThat(csv.read(rowsSwapped).inFileOrder()).as("the id imports had before, for a file not in that order").isPresent()
                .get().extracting(ParsedImport::importId).isNotEqualTo(id);
    }

    @Test
    void namesEveryBadRowByLineAndColumnCountingTheHeaderAsLineOne() {
        List<FieldError> errors = errorsFor("""
                volunteerRef,date,hours,activity,note
                V-0001,2026-04-01,1,OUTREACH,fine
                Jane Smith,2026-04-02,1,EVENTS,
                V-0003,2026-02-30,1.1,MENTORING,
                V-0004,2026-04-04,2,KNITTING,
                V-0005,2026-04-05,3,ADMIN,fine
                ,,24.25,ADMIN,
                """);

        assertThat(errors).containsExactly(
                new FieldError("line 3: volunteerRef", VolunteerRefs.RULE),
                new FieldError("line 4: date", "is not a real calendar date"),
                new FieldError("line 4: hours", "must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)"),
                new FieldError("line 5: activity", "must be one of: OUTREACH, EVENTS, MENTORING, ADMIN, GROUP_SESSIONS, TRANSPORT, OTHER"),
                new FieldError("line 7: volunteerRef", "is empty"),
                new FieldError("line 7: date", "is empty"),
                new FieldError("line 7: hours", "must be at most 24"));
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedNotesAndTheSpreadsheetRowIsNamedToo() {
        List<FieldError> errors = errorsFor("volunteerRef,date,hours,activity,note\n"
                + "V-1,2026-04-01,1,ADMIN,\"three\nline\nnote\"\n"
                + "V-2,2026-04-01,0,ADMIN,\n");

        assertThat(errors).containsExactly(new FieldError("line 5 (spreadsheet row 3): hours", "must be more than 0"));
    }

    @Test
    void datesMustBeRealNotInTheFutureAndNotBefore2000() {
        List<FieldError> errors = errorsFor("""
                volunteerRef,date,hours,activity
                V-1,15/04/26,1,ADMIN
                V-2,April 2026,1,ADMIN
                V-3,2026-07-11,1,ADMIN
                V-4,1999-12-31,1,ADMIN
                V-5,31/06/2026,1,ADMIN
                V-6,2026-07-10,1,ADMIN
                """);

        assertThat(errors).containsExactly(
                new FieldError("line 2: date", "must have a four-digit year, such as 15/04/2026 or 2026-04-15"),
                new FieldError("line 3: date", "must be a date written DD/MM/YYYY or YYYY-MM-DD, such as 15/04/2026 or 2026-04-15"),
                new FieldError("line 4: date", "must not be in the future (today is 2026-07-10)"),
                new FieldError("line 5: date", "must not be before 2000-01-01"),
                new FieldError("line 6: date", "is not a real calendar date"));
    }

    @Test
    void aUkSpreadsheetSavedByExcelIsReadAsItIs() {
        ParsedImport parsed = csv.read("\uFEFFVolunteer Ref,Date,Hours,Activity,Note\r\n"
                + "V-1,14/05/2026,1:30,Mentoring,\r\n"
                + "V-2,4/5/2026,01:15:00,group sessions,\"Youth club, Thursday\"\r\n");

        assertThat(parsed.rows()).containsExactly(
                new EntryDetails("V-1", LocalDate.of(2026, 5, 14), 90, Activity.MENTORING, null),
                new EntryDetails("V-2", LocalDate.of(2026, 5, 4), 75, Activity.GROUP_SESSIONS, "Youth club, Thursday"));
    }

    @Test
    void theSameRowsWrittenTheUkWayOrTheIsoWayAreTheSameImport() {
        ParsedImport uk = csv.read("volunteerRef,date,hours,activity\nV-1,14/05/2026,1:30,ADMIN\n");
        ParsedImport iso = csv.read("volunteerRef,date,hours,activity\nV-1,2026-05-14,1.5,ADMIN\n");

        assertThat(uk.rows()).isEqualTo(iso.rows());
        assertThat(uk.importId()).as("so uploading the other is a repeat, not counted twice").isEqualTo(iso.importId());
    }

    @Test
    void aRowWithTooFewOrTooManyValuesOrABrokenQuoteIsNamedAsAWholeLine() {
        List<FieldError> errors = errorsFor("volunteerRef,date,hours,activity\n"
                + "V-1,2026-04-01,1\n"
                + "V-2,2026-04-01,1,ADMIN,extra\n"
                + "V-3,\"2026-04-01\"x,1,ADMIN\n"
                + "V-4,2026-04-01,1,\"ADMIN\n");

        assertThat(errors).extracting(FieldError::field).containsExactly("line 2", "line 3", "line 4", "line 5");
        assertThat(errors.get(0).message()).isEqualTo("has 3 values but the header has 4 columns");
        assertThat(errors.get(1).message()).isEqualTo("has 5 values but the header has 4 columns");
    }

    @Test
    void notesHaveAMaximumLength() {
        String longNote = "x".repeat(EntryRules.MAX_NOTE + 1);

        assertThat(errorsFor("volunteerRef,date,hours,activity,note\nV-1,2026-04-01,1,ADMIN," + longNote + "\n"))
                .containsExactly(new FieldError("line 2: note", "must be at most 500 characters"));
    }

    @Test
    void blankLinesAndRowsOfEmptyCellsAreSkipped() {
        ParsedImport parsed = csv.read("volunteerRef,date,hours,activity\n\nV-1,2026-04-01,1,ADMIN\n,,,\n\n");

        assertThat(parsed.rows()).hasSize(1);
    }

    @Test
    void theHeaderMustNameEachRequiredColumnOnceAndNothingUnknown() {
        assertThat(errorsFor("volunteerRef,date,activity,minutes,date\nV-1,2026-04-01,ADMIN,60,2026-04-01\n")).containsExactly(
                new FieldError("line 1", "has a column 'minutes' that is not one of volunteerRef, date, hours, activity, note "
                        + "(the file should hold no names, only volunteer references)"),
                new FieldError("line 1", "names the column 'date' twice"),
                new FieldError("line 1", "is missing the column 'hours'; the header must be " + VolunteerHoursCsv.EXPECTED_HEADER));
        assertThat(errorsFor("volunteerRef,date,hours,activity,\n")).containsExactly(new FieldError("line 1",
                "column 5 has no name: name it or delete it; the header must be " + VolunteerHoursCsv.EXPECTED_HEADER));
    }

    @Test
    void aSpreadsheetSavedWithSemicolonsOrTabsIsToldToSaveItWithCommas() {
        assertThat(errorsFor("volunteerRef;date;hours;activity\nV-1;2026-04-01;1;ADMIN\n")).containsExactly(new FieldError("line 1",
                "has its columns separated by semicolons, not commas: save the spreadsheet as 'CSV UTF-8 (comma delimited)' and upload that"));
        assertThat(errorsFor("volunteerRef\tdate\thours\tactivity\nV-1\t2026-04-01\t1\tADMIN\n")).extracting(FieldError::message)
                .singleElement().asString().startsWith("has its columns separated by tabs, not commas");
    }

    @Test
    void aNameColumnIsRefusedBecauseTheSystemStoresNoNames() {
        assertThat(errorsFor("volunteerRef,name,date,hours,activity\nV-1,Jane,2026-04-01,1,ADMIN\n"))
                .extracting(FieldError::message).singleElement().asString().contains("'name'");
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsIsRefused() {
        assertThat(errorsFor("")).containsExactly(new FieldError("$",
                "the file is empty: its first line must be the header " + VolunteerHoursCsv.EXPECTED_HEADER));
        assertThat(errorsFor("\uFEFF\r\n")).extracting(FieldError::field).containsExactly("$");
        assertThat(errorsFor("volunteerRef,date,hours,activity\r\n")).containsExactly(
                new FieldError("$", "has a header but no rows to import"));
        assertThat(errorsFor("volunteerRef,date,hours,activity\n,,,\n")).extracting(FieldError::field).containsExactly("$");
    }

    @Test
    void tenThousandRowsAreAllowedAndOneMoreIsTooLarge() {
        StringBuilder text = new StringBuilder("volunteerRef,date,hours,activity\n");
        for (int i = 0; i < VolunteerHoursCsv.MAX_ROWS; i++) {
            text.append("V-").append(i % 300).append(",2026-04-01,1,ADMIN\n");
        }

        assertThat(csv.read(text.toString()).rows()).hasSize(10_000);
        assertThatThrownBy(() -> csv.read(text + "V-1,2026-04-01,1,ADMIN\n"))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("The file has more than 10,000 rows. Split it into files of at most 10,000 rows and upload each one; "
                        + "nothing was imported.");
    }

    @Test
    void tooManyRowsIsTooLargeEvenWhenTheRowsAreBad() {
        String text = "volunteerRef,date,hours,activity\n" + "bad row\n".repeat(VolunteerHoursCsv.MAX_ROWS + 1);

        assertThatThrownBy(() -> csv.read(text)).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void listsTheFirstThousandProblemsAndCountsTheRest() {
        String text = "volunteerRef,date,hours,activity\n" + "V-1,2026-04-01,0,ADMIN\n".repeat(1_200);

        List<FieldError> errors = errorsFor(text);

        assertThat(errors).hasSize(VolunteerHoursCsv.MAX_LISTED_PROBLEMS + 1);
        assertThat(errors.get(0)).isEqualTo(new FieldError("line 2: hours", "must be more than 0"));
        assertThat(errors.get(999).field()).isEqualTo("line 1001: hours");
        assertThat(errors.get(1000)).isEqualTo(new FieldError("$",
                "has 200 more problems not listed here; correct these first and upload the file again"));
        assertThat(catchThrowableOfType(() -> csv.read(text), InvalidInputException.class).summary())
                .contains("The file has 1,200 problems; the first 1,000 are listed.");
    }
}
