package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.hubreturns.common.time.Quarter;

/**
 * The nightly rollup (EventBridge Scheduler): recomputes the previous and the current quarter, skipping signed-off
 * ones, then renders and keeps each recomputed quarter's PDF summaries, so that downloads serve them ready-made.
 * Invoked with {@code {"quarter": "2026-Q1"}} it does that for that quarter only.
 */
public final class RollupReturnsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final ReturnsComponent returns;

    public RollupReturnsHandler() {
        this(ReturnsComponent.forLambda());
    }

    RollupReturnsHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Object named = event == null ? null : event.get("quarter");
        List<QuarterlyRollup.Outcome> outcomes;
        if (named == null) {
            outcomes = returns.rollup().rollUpRecentQuarters();
        } else {
            Quarter quarter = Quarter.parse(named.toString()).orElseThrow(() -> new IllegalArgumentException(
                    "\"quarter\" must be a quarter written YYYY-Qn, such as 2026-Q1, but is \"" + named + "\""));
            outcomes = List.of(returns.rollup().rollUp(quarter));
        }
        Map<String, Integer> summariesKept = new HashMap<>();
        for (QuarterlyRollup.Outcome outcome : outcomes) {
            if (!outcome.skippedBecauseSignedOff()) {
                Quarter quarter = Quarter.parse(outcome.quarter()).orElseThrow();
                summariesKept.put(outcome.quarter(), returns.pdfSummaries().renderAndKeep(quarter));
            }
        }
        String line = "{\"level\":\"INFO\",\"event\":\"rollup\",\"outcomes\":" + outcomes.stream()
                .map(o -> "{\"quarter\":\"" + o.quarter() + "\",\"skippedBecauseSignedOff\":" + o.skippedBecauseSignedOff()
                        + ",\"hubs\":" + o.hubs() + ",\"inputsCount\":" + o.inputsCount()
                        + ",\"summariesKept\":" + summariesKept.getOrDefault(o.quarter(), 0) + "}")
                .toList() + "}";
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        }
        return Map.of("outcomes", outcomes.stream().map(o -> Map.of(
                "quarter", o.quarter(),
                "skippedBecauseSignedOff", o.skippedBecauseSignedOff(),
                "hubs", o.hubs(),
                "inputsCount", o.inputsCount(),
                "summariesKept", summariesKept.getOrDefault(o.quarter(), 0))).toList());
    }
}
