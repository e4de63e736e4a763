package uk.hubreturns.meetings;

import java.time.LocalDate;
import java.util.Optional;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.Quarter;

/** Meetings; none is written into, or out of, a quarter that is signed off (a {@link RecordConflictException}). */
public interface MeetingRepository {

    Meeting create(Meeting meeting);

    Optional<Meeting> find(String hubId, String meetingId);

    /** The hub's meetings dated in the quarter, newest first. */
    Page<Meeting> listInQuarter(String hubId, Quarter quarter, PageRequest page);

    /**
     * Replaces a meeting read earlier, dated {@code previousDate} when read; a change meanwhile is a
     * {@link uk.hubreturns.common.http.PreconditionFailedException}.
     */
    Meeting update(Meeting meeting, LocalDate previousDate);

    /** Deletes a meeting read earlier; a change meanwhile is a {@link uk.hubreturns.common.http.PreconditionFailedException}. */
    void delete(Meeting meeting);
}
