package io.gojichain.insights.prices;

/** The OpenAPI example, kept beside the records it shows; a test reads it back into them. */
final class PricesExamples {

    static final String REPORT = """
            {
              "period": {"from": "2026-09-01", "to": "2026-09-30"},
              "zone": "Asia/Shanghai",
              "realizedPrices": [
                {"productForm": "dried", "channel": "online", "currency": "CNY", "unit": "kg",
                 "orders": 12, "units": 30, "volume": 7.500, "revenue": "897.00", "price": "119.60"},
                {"productForm": "dried", "channel": "livestream", "currency": "CNY", "unit": "kg",
                 "orders": 40, "units": 40, "volume": 10.000, "revenue": "1000.00", "price": "100.00"},
                {"productForm": "nfc_juice", "channel": "online", "currency": "CNY", "unit": "L",
                 "orders": 5, "units": 60, "volume": 15.00, "revenue": "720.00", "price": "48.00"}
              ],
              "valuePerFreshKg": [
                {"currency": "CNY", "rank": 1, "productForm": "nfc_juice", "unit": "L", "units": 60,
                 "volume": 15.00, "feKgFactor": 1.3, "feKg": 19.500, "revenue": "720.00", "price": "48.00",
                 "valuePerFreshKg": "36.92"},
                {"currency": "CNY", "rank": 2, "productForm": "dried", "unit": "kg", "units": 70,
                 "volume": 17.500, "feKgFactor": 4.5, "feKg": 78.7500, "revenue": "1897.00", "price": "108.40",
                 "valuePerFreshKg": "24.09"}
              ]
            }
            """;

    private PricesExamples() {}
}
