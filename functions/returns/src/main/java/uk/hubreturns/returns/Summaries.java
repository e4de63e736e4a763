package uk.hubreturns.returns;

import uk.hubreturns.common.hub.HubIds;
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
        return ApiResponse.file(CSV, fileName(HubIds.COUNTY, county.quarter(), county.status(), "csv"), SummaryCsv.county(county));
    }

    static ApiResponse countyPdf(PdfSummaries pdfs, CountyReturn county) {
        return ApiResponse.file(PDF, fileName(HubIds.COUNTY, county.quarter(), county.status(), "pdf"), pdfs.county(county));
    }

    static ApiResponse hubCsv(ApiRequest request, ReturnsService returns, String hubId, Quarter quarter) {
        ReturnsService.HubInCounty returned = returns.hubInCounty(hubId, quarter);
        HubReturn hub = SignedOffGate.hub(request, returned.hub());
        return ApiResponse.file(CSV, fileName(hubId, hub.quarter(), hub.status(), "csv"), SummaryCsv.hub(hub, returned.county().benchmarks()));
    }

    static ApiResponse hubPdf(ApiRequest request, PdfSummaries pdfs, ReturnsService returns, String hubId, Quarter quarter) {
        ReturnsService.HubInCounty returned = returns.hubInCounty(hubId, quarter);
        HubReturn hub = SignedOffGate.hub(request, returned.hub());
        return ApiResponse.file(PDF, fileName(hubId, hub.quarter(), hub.status(), "pdf"), pdfs.hub(hub, returned.county()));
    }

    static String fileName(String who, String quarter, ReturnStatus status, String extension) {
        return "hub-returns-" + who + "-" + quarter + (status == ReturnStatus.DRAFT ? "-draft" : "") + "." + extension;
    }
}
