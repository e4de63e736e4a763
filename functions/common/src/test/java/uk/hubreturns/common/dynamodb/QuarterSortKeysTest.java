package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.hubreturns.common.time.Quarter;

class QuarterSortKeysTest {

    @Test
    void aKindsPrefixSortsWithinItsQuartersPrefix() {
        assertThat(QuarterSortKeys.kindPrefix("2026-Q1", "MEETING")).isEqualTo("Q#2026-Q1#MEETING#")
                .startsWith(QuarterSortKeys.quarterPrefix("2026-Q1"));
    }

    @Test
    void aDatedRecordsKeySortsByDateWithinItsKindAndQuarter() {
        String may = DatedRecordKeys.MEETINGS.quarterSortKey("2026-Q1", "2026-05-14", "m1");
        String june = DatedRecordKeys.MEETINGS.quarterSortKey("2026-Q1", "2026-06-02", "m0");
        assertThat(may).isEqualTo("Q#2026-Q1#MEETING#2026-05-14#m1").startsWith(DatedRecordKeys.MEETINGS.quarterPrefix("2026-Q1"));
        assertThat(may).isLessThan(june);
        assertThat(DatedRecordKeys.VOLUNTEER_ENTRIES.quarterSortKey("2026-Q1", "2026-05-14", "e1"))
                .isEqualTo("Q#2026-Q1#VOLUNTEER#2026-05-14#e1").doesNotStartWith(DatedRecordKeys.MEETINGS.quarterPrefix("2026-Q1"));
    }

    @Test
    void aDatedRecordsOwnKeyIsItsKindAndId() {
        assertThat(DatedRecordKeys.MEETINGS.sortKey("m1")).isEqualTo("MEETING#m1");
        assertThat(DatedRecordKeys.VOLUNTEER_ENTRIES.sortKey("e1")).isEqualTo("VOLUNTEER#e1");
    }

    @Test
    void theQuarterAKeyFilesItsRecordInIsReadBackOrNoneIfItIsNotAQuarterKey() {
        assertThat(QuarterSortKeys.quarterOf("Q#2026-Q1#MEETING#2026-05-14#m1")).contains(Quarter.parse("2026-Q1").orElseThrow());
        assertThat(QuarterSortKeys.quarterOf("Q#2026-Q5#MEETING#2026-05-14#m1")).isEmpty();
        assertThat(QuarterSortKeys.quarterOf("Q#2026-Q1")).isEmpty();
        assertThat(QuarterSortKeys.quarterOf("MEETING#m1")).isEmpty();
        assertThat(QuarterSortKeys.quarterOf("")).isEmpty();
    }
}
