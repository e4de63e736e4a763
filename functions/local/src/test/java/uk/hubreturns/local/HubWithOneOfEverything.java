package uk.hubreturns.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * One hub with a meeting, a volunteer entry and an agreement, recorded through the API as a county administrator,
 * for the tests that go over every route of the template: the values of every path parameter they need.
 */
final class HubWithOneOfEverything {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HubWithOneOfEverything() {
    }

    static Map<String, String> record(LocalServer server, String hubId) throws IOException {
        server.send("POST", "/hubs", "application/json",
                "{\"hubId\":\"" + hubId + "\",\"name\":\"" + hubId + "\",\"area\":\"Oxfordshire\",\"annualBudgetPence\":1000}");
        String meeting = JSON.readTree(server.send("POST", "/hubs/" + hubId + "/meetings", "application/json",
                "{\"date\":\"2026-05-14\",\"type\":\"LOCAL_PARTNERSHIP\",\"title\":\"Q1\",\"chairs\":[\"Chair\"]}").body()).get("meetingId").asText();
        String entry = JSON.readTree(server.send("POST", "/hubs/" + hubId + "/volunteer-hours", "application/json",
                "{\"volunteerRef\":\"V-1\",\"date\":\"2026-05-14\",\"hours\":1,\"activity\":\"ADMIN\"}").body()).get("entryId").asText();
        String agreement = JSON.readTree(server.send("POST", "/hubs/" + hubId + "/agreements", "application/json",
                "{\"title\":\"SLA\",\"provider\":\"P\",\"startDate\":\"2026-04-01\",\"endDate\":\"2027-03-31\",\"measures\":[{\"measureId\":\"m\","
                        + "\"name\":\"M\",\"unit\":\"n\",\"target\":1,\"direction\":\"AT_LEAST\",\"amberTolerancePercent\":0}]}").body())
                .get("agreementId").asText();
        return Map.of("hubId", hubId, "meetingId", meeting, "entryId", entry, "agreementId", agreement, "quarter", "2026-Q1",
                "importId", "0".repeat(64));
    }
}
