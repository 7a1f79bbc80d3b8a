package io.gojichain.insights.livestreams;

/** The OpenAPI examples, kept beside the records they show; a test reads them back into them. */
final class LivestreamsExamples {

    static final String REPORT = """
            {
              "period": {"from": "2026-09-01", "to": "2026-09-30"},
              "zone": "Asia/Shanghai",
              "top": 10,
              "totals": {"sessions": 2, "orders": 540, "units": 812, "feKg": 690.750,
                         "revenue": {"CNY": "31820.00"}},
              "sessions": [
                {"livestreamId": "dy-20260917-01", "platform": "douyin", "orders": 420, "units": 640,
                 "feKg": 540.000, "revenue": {"CNY": "25600.00"},
                 "firstSale": "2026-09-17T12:00:41Z", "lastSale": "2026-09-17T14:15:02Z",
                 "duration": "PT2H14M21S",
                 "peakMinute": {"minute": "2026-09-17T12:31:00Z", "units": 96, "orders": 70}},
                {"livestreamId": "ks-20260920-03", "platform": "kuaishou", "orders": 120, "units": 172,
                 "feKg": 150.750, "revenue": {"CNY": "6220.00"},
                 "firstSale": "2026-09-20T11:02:10Z", "lastSale": "2026-09-20T12:01:55Z",
                 "duration": "PT59M45S",
                 "peakMinute": {"minute": "2026-09-20T11:15:00Z", "units": 20, "orders": 12}}
              ]
            }
            """;

    static final String DETAIL = """
            {
              "zone": "Asia/Shanghai",
              "session": {"livestreamId": "ks-20260920-03", "platform": "kuaishou", "orders": 3, "units": 7,
                          "feKg": 7.875, "revenue": {"CNY": "280.00"},
                          "firstSale": "2026-09-20T11:02:10Z", "lastSale": "2026-09-20T11:15:40Z",
                          "duration": "PT13M30S",
                          "peakMinute": {"minute": "2026-09-20T11:15:00Z", "units": 5, "orders": 2}},
              "minutes": [
                {"minute": "2026-09-20T11:02:00Z", "orders": 1, "units": 2},
                {"minute": "2026-09-20T11:15:00Z", "orders": 2, "units": 5}
              ]
            }
            """;

    private LivestreamsExamples() {}
}
