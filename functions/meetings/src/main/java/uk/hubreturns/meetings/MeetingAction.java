package uk.hubreturns.meetings;

import java.time.LocalDate;

/** An action agreed at a meeting; {@code actionId} is null until the server assigns one. */
public record MeetingAction(String actionId, String description, String owner, LocalDate dueDate, ActionStatus status) {

    MeetingAction withId(String id) {
        return new MeetingAction(id, description, owner, dueDate, status);
    }
}
