package uk.hubreturns.returns;

import dagger.Lazy;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import software.amazon.awssdk.core.exception.SdkException;
import uk.hubreturns.common.time.Quarter;

/**
 * The PDF summaries, rendered once and kept. The nightly rollup renders a quarter's summaries as soon as it has stored the
 * returns; a download serves the kept bytes while they are of the returns' edition (the same rollup run, DRAFT or FINAL,
 * the same layout) and otherwise renders them and keeps them for the next download. Signing a quarter off or reopening
 * it changes its status, so the first download after either renders. OpenPDF is only loaded when something is rendered.
 */
public final class PdfSummaries {

    /** Raise it when {@link SummaryPdf}'s layout changes, so that the summaries kept before are rendered again. */
    static final int LAYOUT = 1;

    /** DynamoDB keeps items of up to 400 KB; a summary larger than this (a county of some hundreds of hubs) is rendered each time. */
    static final int MAX_KEPT_BYTES = 380_000;

    private final Lazy<SummaryPdf> pdf;
    private final ReturnsStore store;
    private final ReturnsService returns;
    private final int maxKeptBytes;

    @Inject
    PdfSummaries(Lazy<SummaryPdf> pdf, ReturnsStore store, ReturnsService returns) {
        this(pdf, store, returns, MAX_KEPT_BYTES);
    }

    PdfSummaries(Lazy<SummaryPdf> pdf, ReturnsStore store, ReturnsService returns, int maxKeptBytes) {
        this.pdf = pdf;
        this.store = store;
        this.returns = returns;
        this.maxKeptBytes = maxKeptBytes;
    }

    byte[] county(CountyReturn county) {
        Quarter quarter = quarterOf(county.quarter());
        String edition = edition(county);
        return store.findSummaryPdf(quarter, ReturnsStore.COUNTY_SUMMARY, edition)
                .orElseGet(() -> keep(quarter, ReturnsStore.COUNTY_SUMMARY, edition, pdf.get().county(county)));
    }

    /** {@code hub} is the county return's copy of the hub's return ({@link ReturnsService#hubInCounty}). */
    byte[] hub(HubReturn hub, CountyReturn county) {
        Quarter quarter = quarterOf(county.quarter());
        String edition = edition(county);
        return store.findSummaryPdf(quarter, hub.hubId(), edition)
                .orElseGet(() -> keep(quarter, hub.hubId(), edition, pdf.get().hub(hub, county.benchmarks())));
    }

    /** After a rollup: renders the county's summary and every hub's, and keeps them. Returns how many were kept. */
    public int renderAndKeep(Quarter quarter) {
        CountyReturn county = returns.county(quarter);
        List<ReturnsStore.KeptSummary> summaries = new ArrayList<>();
        String edition = edition(county);
        addIfSmallEnough(summaries, new ReturnsStore.KeptSummary(ReturnsStore.COUNTY_SUMMARY, edition, pdf.get().county(county)));
        for (HubReturn hub : county.hubs()) {
            addIfSmallEnough(summaries, new ReturnsStore.KeptSummary(hub.hubId(), edition, pdf.get().hub(hub, county.benchmarks())));
        }
        store.saveSummaryPdfs(quarter, summaries);
        return summaries.size();
    }

    private void addIfSmallEnough(List<ReturnsStore.KeptSummary> summaries, ReturnsStore.KeptSummary summary) {
        if (summary.pdf().length <= maxKeptBytes) {
            summaries.add(summary);
        }
    }

    /** Keeping a summary saves the next download from rendering it; if DynamoDB refuses, this download is still served. */
    private byte[] keep(Quarter quarter, String who, String edition, byte[] rendered) {
        if (rendered.length <= maxKeptBytes) {
            try {
                store.saveSummaryPdf(quarter, who, edition, rendered);
            } catch (SdkException notKept) {
                // The next download renders it again.
            }
        }
        return rendered;
    }

    /**
     * Every summary of a quarter is of its county return, a hub's too (the county's copy of its return, beside the county's
     * benchmarks): the rollup run that made it, its status, and the layout.
     */
    private static String edition(CountyReturn county) {
        return LAYOUT + "|" + county.generatedAt() + "|" + county.status();
    }

    private static Quarter quarterOf(String quarterId) {
        return Quarter.parse(quarterId).orElseThrow();
    }
}
