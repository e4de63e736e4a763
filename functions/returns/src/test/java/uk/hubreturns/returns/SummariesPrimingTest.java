package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.time.QuarterCalendar;

class SummariesPrimingTest {

    private final QuarterCalendar calendar = QuarterCalendar.aprilStart();
    private final SummaryPdf pdf = new SummaryPdf(calendar);
    private final SummariesPriming priming = new SummariesPriming(new HubReturnCalculator(calendar), pdf);

    @Test
    void primingRendersBothSummariesOfAMadeUpQuarterWithoutReadingOrStoringAnything() throws Exception {
        CountyReturn county = priming.sampleCounty();

        assertThat(county.hubs()).singleElement().satisfies(hub -> assertThat(hub.hubId()).isEqualTo("priming"));
        PdfReader reader = new PdfReader(pdf.county(county));
        assertThat(reader.getNumberOfPages()).as("the county page and the hub's page").isEqualTo(2);
        assertThat(new String(SummaryCsv.county(county), StandardCharsets.UTF_8)).contains("priming");
        priming.prime(); // the step itself: no DynamoDB client is even given to it
    }
}
