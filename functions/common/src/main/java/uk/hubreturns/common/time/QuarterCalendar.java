package uk.hubreturns.common.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/** Maps dates to quarters of a financial year that starts in a configurable month (April in UK public bodies). */
public final class QuarterCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Month startMonth;

    public QuarterCalendar(Month startMonth) {
        this.startMonth = startMonth;
    }

    public static QuarterCalendar aprilStart() {
        return new QuarterCalendar(Month.APRIL);
    }

    public Month startMonth() {
        return startMonth;
    }

    public Quarter quarterOf(LocalDate date) {
        int monthsIntoYear = Math.floorMod(date.getMonthValue() - startMonth.getValue(), 12);
        int financialYear = date.getMonthValue() >= startMonth.getValue() ? date.getYear() : date.getYear() - 1;
        return new Quarter(financialYear, monthsIntoYear / 3 + 1);
    }

    public LocalDate firstDay(Quarter quarter) {
        return LocalDate.of(quarter.financialYear(), startMonth, 1).plusMonths(3L * (quarter.number() - 1));
    }

    public LocalDate lastDay(Quarter quarter) {
        return firstDay(quarter).plusMonths(3).minusDays(1);
    }

    public boolean contains(Quarter quarter, LocalDate date) {
        return !date.isBefore(firstDay(quarter)) && !date.isAfter(lastDay(quarter));
    }
}
