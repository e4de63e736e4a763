package uk.hubreturns.backup;

import java.util.List;

/** An import that wrote nothing, and every reason why. */
public final class RestoreRefusedException extends RuntimeException {

    private final List<String> problems;

    public RestoreRefusedException(List<String> problems) {
        super("Nothing was imported:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
