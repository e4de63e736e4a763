package uk.hubreturns.returns;

import java.time.Instant;
import java.util.List;
import javax.inject.Inject;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.lambda.PrimingStep;
import uk.hubreturns.common.time.Quarter;

/**
 * Before a SnapStart snapshot, renders the summaries of a made-up quarter with one empty hub (nothing read or
 * stored), so that a restored function's first download does not load OpenPDF, its fonts and the CSV writer.
 */
final class SummariesPriming implements PrimingStep {

    private final HubReturnCalculator calculator;
    private final SummaryPdf pdf;

    @Inject
    SummariesPriming(HubReturnCalculator calculator, SummaryPdf pdf) {
        this.calculator = calculator;
        this.pdf = pdf;
    }

    @Override
    public void prime() {
        CountyReturn county = sampleCounty();
        pdf.county(county);
        SummaryCsv.county(county);
    }

    CountyReturn sampleCounty() {
        Quarter quarter = Quarter.parse("2026-Q1").orElseThrow();
        Hub hub = new Hub("priming", "Priming hub", "Nowhere", 0, List.of(), Instant.EPOCH, Instant.EPOCH, 1L);
        HubReturn hubReturn = calculator.calculate(new QuarterRecords(hub, quarter, List.of(), List.of(), List.of(), List.of()),
                VolunteerHistory.NONE, Instant.EPOCH);
        return CountyReturnCalculator.calculate(quarter.id(), List.of(hubReturn), null, Instant.EPOCH);
    }
}
