package uk.hubreturns.meetings;

import java.util.Optional;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.Quarter;

public interface MeetingRepository {

    Meeting create(Meeting meeting);

    Optional<Meeting> find(String hubId, String meetingId);

    /** The hub's meetings dated in the quarter, newest first. */
    Page<Meeting> listInQuarter(String hubId, Quarter quarter, PageRequest page);

    /** Replaces a meeting read earlier; a change meanwhile is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    Meeting update(Meeting meeting);

    /** Deletes a meeting read earlier; a change meanwhile is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    void delete(Meeting meeting);
}
