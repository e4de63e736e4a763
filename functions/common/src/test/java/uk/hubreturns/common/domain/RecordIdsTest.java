package uk.hubreturns.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

    @Test
    void newIdsAreWellFormedAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RecordIds.next();
            assertThat(RecordIds.isWellFormed(id)).as(id).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void anythingElseNamesNoRecord() {
        assertThat(RecordIds.isWellFormed("3b1ebd85-bd02-4e4f-9f7d-ac68f755add9")).isTrue();
        assertThat(RecordIds.isWellFormed("3B1EBD85-BD02-4E4F-9F7D-AC68F755ADD9")).isFalse();
        assertThat(RecordIds.isWellFormed("3b1ebd85bd024e4f9f7dac68f755add9")).isFalse();
        assertThat(RecordIds.isWellFormed("3b1ebd85-bd02-4e4f-9f7d-ac68f755add9/../x")).isFalse();
        assertThat(RecordIds.isWellFormed("")).isFalse();
        assertThat(RecordIds.isWellFormed(null)).isFalse();
    }
}
