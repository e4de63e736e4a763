package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.TestEnvironment;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.volunteering.Activity;
import uk.hubreturns.volunteering.DaggerVolunteeringComponent;
import uk.hubreturns.volunteering.EntryDetails;
import uk.hubreturns.volunteering.VolunteeringComponent;

/**
 * New and retained volunteers do not depend on the order quarters are rolled up in: a quarter rolled up before
 * the quarters ahead of it ever were (records imported from an earlier system, say) counts them as if they had been.
 */
class VolunteerHistoryIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();

    private ReturnsComponent returns;

    @BeforeEach
    void threeQuartersOfVolunteering() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        returns = DaggerReturnsComponent.factory().create(Settings.of(settings), CLOCK);
        new TestHubs(settings.get("TABLE_NAME")).add(new Hub("north", "North Hub", "Banbury", 400_000L, Sector.requiredByDefault(),
                CLOCK.instant(), CLOCK.instant(), null));
        VolunteeringComponent volunteering = DaggerVolunteeringComponent.factory().create(Settings.of(settings), CLOCK);
        log(volunteering, "V-1", LocalDate.of(2025, 8, 1));   // 2025-Q2
        log(volunteering, "V-2", LocalDate.of(2025, 12, 1));  // 2025-Q3
        log(volunteering, "V-3", LocalDate.of(2026, 3, 31));  // 2025-Q4, its last day
        log(volunteering, "V-1", LocalDate.of(2026, 4, 1));   // 2026-Q1: V-1 back after a gap,
        log(volunteering, "V-3", LocalDate.of(2026, 5, 1));   // V-3 retained,
        log(volunteering, "V-4", LocalDate.of(2026, 6, 30));  // V-4 new
    }

    private static void log(VolunteeringComponent volunteering, String ref, LocalDate date) {
        volunteering.hoursService().log("north", new EntryDetails(ref, date, 60, Activity.EVENTS, null));
    }

    @Test
    void aQuarterRolledUpFirstCountsTheVolunteersOfQuartersNeverRolledUp() {
        returns.rollup().rollUp(QUARTER);

        HubReturn.Volunteering figures = returns.returns().hub("north", QUARTER).volunteering();
        assertThat(figures.activeVolunteers()).isEqualTo(3);
        assertThat(figures.newVolunteers()).as("V-4 only: V-1 and V-3 were active before").isEqualTo(1);
        assertThat(figures.retainedVolunteers()).as("V-3, active in 2025-Q4 too").isEqualTo(1);
        assertThat(figures.previousQuarterVolunteers()).isEqualTo(1);
    }

    @Test
    void theFiguresAreTheSameWhicheverOrderTheQuartersAreRolledUpIn() {
        returns.rollup().rollUp(QUARTER);
        HubReturn.Volunteering outOfOrder = returns.returns().hub("north", QUARTER).volunteering();

        for (Quarter quarter = Quarter.parse("2025-Q2").orElseThrow(); quarter.compareTo(QUARTER) <= 0; quarter = quarter.next()) {
            returns.rollup().rollUp(quarter);
        }

        assertThat(returns.returns().hub("north", QUARTER).volunteering()).isEqualTo(outOfOrder);
    }
}
