package uk.hubreturns.local;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.returns.CountyReturn;
import uk.hubreturns.returns.SummaryPdf;

/**
 * Run in a fresh JVM on the returns zip's own classes by {@link QuarterlyReturnsIT}: reads a county return as the
 * API wrote it, with the functions' JSON codec, and renders the county summary and the first hub's as PDF files.
 */
public final class SummaryPdfFromZip {

    private SummaryPdfFromZip() {
    }

    /** Arguments: the county return's JSON file, then the county and hub PDF files to write. */
    public static void main(String[] args) throws Exception {
        CountyReturn county = JsonModule.json().beanFrom(CountyReturn.class, Files.readString(Path.of(args[0])));
        SummaryPdf pdf = new SummaryPdf(QuarterCalendar.aprilStart());
        Files.write(Path.of(args[1]), pdf.county(county));
        Files.write(Path.of(args[2]), pdf.hub(county.hubs().get(0), county.benchmarks()));
    }
}
