package uk.hubreturns.meetings;

public enum ActionStatus {
    OPEN,
    DONE
}
