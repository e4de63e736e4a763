package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VolunteerRefsTest {

    @ParameterizedTest
    @ValueSource(strings = {"V-0012", "V0012", "v-12", "0012", "A", "HUB-7-VOL-0001", "a234567890123456789012345678901234567890"})
    void lettersDigitsAndHyphensUpToFortyCharactersAreReferences(String ref) {
        assertThat(VolunteerRefs.isValid(ref)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Jane Smith", "J. Smith", "O'Brien", "V_0012", "V-0012 ", "V 0012", "Zoë", "V-0012,V-0013",
            "a2345678901234567890123456789012345678901"})
    void anythingElseIsNot(String ref) {
        assertThat(VolunteerRefs.isValid(ref)).isFalse();
    }
}
