package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.volunteering.VolunteerImportService.ImportOutcome;

/** {@code POST /hubs/{hubId}/volunteer-hours/imports} with a {@code text/csv} body: imports a spreadsheet all or nothing. */
public final class ImportVolunteerHoursHandler extends HttpApiHandler {

    /** 5 MB: 10,000 rows with long notes fit; Lambda refuses requests over 6 MB anyway. */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final String TOO_LARGE = "The file is larger than 5 MB. Split it into smaller files (10,000 rows at most each) and "
            + "upload each one; nothing was imported.";

    private final VolunteeringComponent volunteering;

    public ImportVolunteerHoursHandler() {
        this(VolunteeringComponent.forLambda());
    }

    ImportVolunteerHoursHandler(VolunteeringComponent volunteering) {
        this.volunteering = volunteering;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return volunteering.endpoint().handle(event, context, request -> {
            request.requireMediaType("text/csv");
            ParsedImport parsed = volunteering.csvReader().read(request.body(MAX_UPLOAD_BYTES, TOO_LARGE));
            String hubId = request.pathParameter("hubId");
            ImportOutcome outcome = volunteering.importService().importRows(hubId, parsed);
            ImportResultView result = ImportResultView.of(outcome.volunteerImport());
            return outcome.created()
                    ? ApiResponse.created(result, "/hubs/" + hubId + "/volunteer-hours/imports/" + outcome.volunteerImport().importId())
                    : ApiResponse.ok(result);
        });
    }
}
