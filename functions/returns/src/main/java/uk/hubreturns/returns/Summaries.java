package uk.hubreturns.returns;

import java.util.Map;
import uk.hubreturns.common.http.ApiRequest;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.time.Quarter;

/** The downloads, with file names a user can tell apart in their downloads folder. */
final class Summaries {

    static final String CSV = "text/csv; charset=utf-8";
    static final String PDF = "application/pdf";

    private Summaries() {
    }

    static ApiResponse countyCsv(CountyReturn county) {
        return ApiResponse.file(CSV, fileName("county", county.quarter(), county.status(), "csv"), SummaryCsv.county(county));
    }

    static ApiResponse countyPdf(PdfSummaries pdfs, CountyReturn county) {
        return ApiResponse.file(PDF, fileName("county", county.quarter(), county.status(), "pdf"), pdfs.county(county));
    }

    static ApiResponse hubCsv(ApiRequest request, ReturnsService returns, String hubId, Quarter quarter) {
        HubReturn hub = SignedOffGate.hub(request, returns.hub(hubId, quarter));
        return ApiResponse.file(CSV, fileName(hubId, hub.quarter(), hub.status(), "csv"), SummaryCsv.hub(hub, benchmarks(returns, quarter)));
    }

    static ApiResponse hubPdf(ApiRequest request, PdfSummaries pdfs, ReturnsService returns, String hubId, Quarter quarter) {
        HubReturn hub = SignedOffGate.hub(request, returns.hub(hubId, quarter));
        return ApiResponse.file(PDF, fileName(hubId, hub.quarter(), hub.status(), "pdf"), pdfs.hub(hub, returns.county(quarter)));
    }

    private static Map<String, CountyReturn.Benchmark> benchmarks(ReturnsService returns, Quarter quarter) {
        return returns.county(quarter).benchmarks();
    }

    static String fileName(String who, String quarter, ReturnStatus status, String extension) {
        return "hub-returns-" + who + "-" + quarter + (status == ReturnStatus.DRAFT ? "-draft" : "") + "." + extension;
    }
}
