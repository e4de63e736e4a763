package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleEventFileTest {

    @Test
    void namesTheEventAfterTheFunctionInKebabCaseWithoutTheFunctionSuffix() {
        assertThat(SampleEventFile.nameFor("RecordMeetingFunction")).isEqualTo("record-meeting.json");
        assertThat(SampleEventFile.nameFor("ListHubsFunction")).isEqualTo("list-hubs.json");
        assertThat(SampleEventFile.nameFor("QuarterlyRollup")).isEqualTo("quarterly-rollup.json");
        assertThat(SampleEventFile.nameFor("ExportCSVFunction")).isEqualTo("export-csv.json");
        assertThat(SampleEventFile.nameFor("GetQ1ReturnFunction")).isEqualTo("get-q1-return.json");
    }

    @Test
    void looksInTheEventsFolderOfTheRepository() {
        assertThat(SampleEventFile.of(Path.of("/repo"), "GetHubFunction")).isEqualTo(Path.of("/repo/events/get-hub.json"));
    }
}
