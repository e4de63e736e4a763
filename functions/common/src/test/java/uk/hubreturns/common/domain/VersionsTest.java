package uk.hubreturns.common.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.hubreturns.common.http.PreconditionFailedException;

class VersionsTest {

    @Test
    void theVersionReadMustStillBeTheCurrentOne() {
        assertThatCode(() -> Versions.require(2, 2L, "Meeting 'm1'")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Versions.require(1, 2L, "Meeting 'm1'")).isInstanceOf(PreconditionFailedException.class)
                .hasMessage("Meeting 'm1' has changed since you read it (it is now version 2, you sent If-Match \"1\"). "
                        + "Read it again and redo your change.");
    }

    @Test
    void aVersionOfSomethingNotYetRecordedSaysSoRatherThanNamingVersionNull() {
        assertThatThrownBy(() -> Versions.require(1, null, "The actuals for 2026-Q3")).isInstanceOf(PreconditionFailedException.class)
                .hasMessage("The actuals for 2026-Q3: nothing is recorded yet, so there is no version \"1\" to change. "
                        + "Send it without If-Match to record it.");
    }
}
