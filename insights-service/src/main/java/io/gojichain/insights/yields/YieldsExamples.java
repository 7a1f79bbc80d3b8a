package io.gojichain.insights.yields;

/** The OpenAPI example, kept beside the records it shows; a test reads it back into them. */
final class YieldsExamples {

    static final String REPORT = """
            {
              "period": {"from": "2026-09-01", "to": "2026-09-30"},
              "zone": "Asia/Shanghai",
              "groups": [
                {"processorId": "jinghe-dry-01", "method": "sun", "product": "dried", "unit": "kg",
                 "batches": 6, "inputKg": 2550, "outputQuantity": 550, "yield": 4.6364,
                 "meanBatchYield": 4.7500, "stdDevBatchYield": 0.6164, "configuredFactor": 4.5,
                 "deviationFromConfigured": 0.0303, "plausibleRange": {"min": 3.0, "max": 6.5},
                 "outliers": [
                   {"batchId": "B-2026-0917-06", "day": "2026-09-17", "inputKg": 300, "outputQuantity": 50,
                    "yield": 6.0000, "sigmas": 18.97, "reasons": ["beyond_3_sigma"]}
                 ]},
                {"processorId": "jinghe-juice-02", "method": "nfc_juice", "product": "nfc_juice", "unit": "L",
                 "batches": 2, "inputKg": 310, "outputQuantity": 200, "yield": 1.5500,
                 "meanBatchYield": 1.5500, "stdDevBatchYield": 0.3536, "configuredFactor": 1.3,
                 "deviationFromConfigured": 0.1923, "plausibleRange": {"min": 1.0, "max": 1.7},
                 "outliers": [
                   {"batchId": "J-2026-0903-02", "day": "2026-09-03", "inputKg": 180, "outputQuantity": 100,
                    "yield": 1.8000, "sigmas": null, "reasons": ["outside_plausible_range"]}
                 ]}
              ]
            }
            """;

    private YieldsExamples() {}
}
