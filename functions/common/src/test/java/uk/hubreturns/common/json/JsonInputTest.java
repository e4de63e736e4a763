package uk.hubreturns.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;

class JsonInputTest {

    enum Colour { RED, GREEN }

    record Item(String label, Colour colour) {
    }

    record Form(String title, LocalDate date, Long pence, Colour colour, List<String> tags, List<Item> items) {
    }

    private final JsonInput json = new JsonInput();

    private Form read(String body) {
        return json.read(body, in -> new Form(
                in.requiredText("title", 10),
                in.requiredDate("date"),
                in.requiredWholeNumber("pence", 0, 1_000),
                in.requiredEnum("colour", Colour.class),
                in.optionalTexts("tags", 2, 5),
                in.optionalObjects("items", 3, item -> new Item(item.requiredText("label", 5), item.requiredEnum("colour", Colour.class)))));
    }

    private List<FieldError> errorsFor(String body) {
        return catchThrowableOfType(InvalidInputException.class, () -> read(body)).errors();
    }

    @Test
    void readsAValidBody() {
        Form form = read("""
                {"title": " Hello ", "date": "2026-05-14", "pence": 250, "colour": "RED",
                 "tags": ["a"], "items": [{"label": "x", "colour": "GREEN"}]}""");

        assertThat(form).isEqualTo(new Form("Hello", LocalDate.of(2026, 5, 14), 250L, Colour.RED,
                List.of("a"), List.of(new Item("x", Colour.GREEN))));
    }

    @Test
    void namesEveryBadFieldAtOnceWithItsPath() {
        List<FieldError> errors = errorsFor("""
                {"title": "", "date": "2026-02-30", "pence": -1, "colour": "BLUE", "extra": 1,
                 "tags": ["ok", "toolong", "c"], "items": [{"label": "fine", "colour": "RED"}, {"colour": 3, "shade": "x"}]}""");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "title", "date", "pence", "colour", "extra", "tags", "items[1].label", "items[1].colour", "items[1].shade");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}                          | title | is required",
            "{\"title\":5,\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}              | title | must be a string",
            "{\"title\":\"12345678901\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"} | title | must be at most 10 characters",
            "{\"title\":\"a\",\"date\":\"14/05/2026\",\"pence\":1,\"colour\":\"RED\"}           | date  | must be a date written YYYY-MM-DD",
            "{\"title\":\"a\",\"date\":\"2026-13-01\",\"pence\":1,\"colour\":\"RED\"}           | date  | is not a real calendar date",
            "{\"title\":\"a\",\"date\":\"2026-05-14\",\"pence\":\"1\",\"colour\":\"RED\"}       | pence | must be a number",
            "{\"title\":\"a\",\"date\":\"2026-05-14\",\"pence\":1.5,\"colour\":\"RED\"}         | pence | must be a whole number",
            "{\"title\":\"a\",\"date\":\"2026-05-14\",\"pence\":1001,\"colour\":\"RED\"}        | pence | must be between 0 and 1000",
            "{\"title\":\"a\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"red\"}           | colour | 'must be one of: RED, GREEN'",
            "{\"title\":\"a\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\",\"tags\":\"x\"} | tags | must be a list",
            "{\"title\":\"a\\u0000\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}   | title | must not contain control characters",
            "{\"title\":\"a\\ud800b\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}  | title | must be valid Unicode text (it holds half of a character, such as an emoji cut in two)",
            "{\"title\":\"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"} | title | must be at most 10 characters",
    })
    void explainsWhatIsWrongWithAField(String body, String field, String message) {
        assertThat(errorsFor(body)).containsExactly(new FieldError(field, message));
    }

    @Test
    void aBodyCutShortSaysWhereItsObjectOpenedWithoutTheParsersInternals() {
        assertThat(errorsFor("{\"title\": \"a\"")).singleElement().satisfies(error -> assertThat(error.message())
                .startsWith("is not valid JSON").contains("line: 1, column: 1").doesNotContain("Source").doesNotContain("StreamReadFeature"));
    }

    @Test
    void countsCharactersNotTheHalvesJavaStoresSomeOfThemIn() {
        String tenEmoji = "\\ud83d\\ude00".repeat(10);

        assertThat(read("{\"title\":\"" + tenEmoji + "\",\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}").title())
                .hasSize(20).isEqualTo("\ud83d\ude00".repeat(10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": | is not valid JSON",
            "[1, 2]      | must be a JSON object",
            "'   '       | a JSON body is required",
            "{\"title\":\"a\",\"title\":\"b\"} | is not valid JSON",
            "{} {}       | is not valid JSON",
    })
    void refusesABodyThatIsNotOneJsonObject(String body, String messageStart) {
        List<FieldError> errors = errorsFor(body);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("$");
        assertThat(errors.get(0).message()).startsWith(messageStart);
    }

    @Test
    void treatsAnExplicitNullAsMissing() {
        assertThat(errorsFor("{\"title\":null,\"date\":\"2026-05-14\",\"pence\":1,\"colour\":\"RED\"}"))
                .containsExactly(new FieldError("title", "is required"));
    }
}
