package io.gojichain.insights.preferences;

/** The OpenAPI example, kept beside the records it shows; a test reads it back into them. */
final class PreferencesExamples {

    static final String REPORT = """
            {
              "period": {"from": "2026-09-01", "to": "2026-09-30"},
              "previousPeriod": {"from": "2026-08-02", "to": "2026-08-31"},
              "zone": "Asia/Shanghai",
              "currency": "CNY",
              "shares": {
                "productForm": [
                  {"key": "dried",
                   "revenue": {"current": "897.00", "previous": "600.00", "share": 0.6900,
                               "previousShare": 0.7500, "shareChangePp": -6.00, "growth": 0.4950},
                   "feKg": {"current": 33.75, "previous": 22.5, "share": 0.5294,
                            "previousShare": 0.6000, "shareChangePp": -7.06, "growth": 0.5000}},
                  {"key": "nfc_juice",
                   "revenue": {"current": "403.00", "previous": "200.00", "share": 0.3100,
                               "previousShare": 0.2500, "shareChangePp": 6.00, "growth": 1.0150},
                   "feKg": {"current": 30.0, "previous": 15.0, "share": 0.4706,
                            "previousShare": 0.4000, "shareChangePp": 7.06, "growth": 1.0000}}
                ],
                "channel": [
                  {"key": "livestream",
                   "revenue": {"current": "1300.00", "previous": "0.00", "share": 1.0000,
                               "previousShare": 0.0000, "shareChangePp": 100.00, "growth": null},
                   "feKg": {"current": 63.75, "previous": 0, "share": 1.0000,
                            "previousShare": 0.0000, "shareChangePp": 100.00, "growth": null}},
                  {"key": "online",
                   "revenue": {"current": "0.00", "previous": "800.00", "share": 0.0000,
                               "previousShare": 1.0000, "shareChangePp": -100.00, "growth": -1.0000},
                   "feKg": {"current": 0, "previous": 37.5, "share": 0.0000,
                            "previousShare": 1.0000, "shareChangePp": -100.00, "growth": -1.0000}}
                ],
                "region": [
                  {"key": "Guangdong",
                   "revenue": {"current": "1300.00", "previous": "800.00", "share": 1.0000,
                               "previousShare": 1.0000, "shareChangePp": 0.00, "growth": 0.6250},
                   "feKg": {"current": 63.75, "previous": 37.5, "share": 1.0000,
                            "previousShare": 1.0000, "shareChangePp": 0.00, "growth": 0.7000}}
                ],
                "packSize": [
                  {"key": "0.1-0.5",
                   "revenue": {"current": "1300.00", "previous": "800.00", "share": 1.0000,
                               "previousShare": 1.0000, "shareChangePp": 0.00, "growth": 0.6250},
                   "feKg": {"current": 63.75, "previous": 37.5, "share": 1.0000,
                            "previousShare": 1.0000, "shareChangePp": 0.00, "growth": 0.7000}}
                ]
              },
              "repeatPurchase": {
                "window": {"from": "2026-07-03", "to": "2026-09-30"},
                "rows": [
                  {"productForm": "dried", "customers": 40, "repeatCustomers": 9, "rate": 0.2250},
                  {"productForm": "nfc_juice", "customers": 25, "repeatCustomers": 10, "rate": 0.4000}
                ]
              }
            }
            """;

    private PreferencesExamples() {}
}
