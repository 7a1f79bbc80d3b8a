package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ProductForm {
    @JsonProperty("fresh")
    FRESH("fresh", PackUnit.KG),
    @JsonProperty("dried")
    DRIED("dried", PackUnit.KG),
    @JsonProperty("nfc_juice")
    NFC_JUICE("nfc_juice", PackUnit.L),
    @JsonProperty("pulp")
    PULP("pulp", PackUnit.L);

    private final String wireName;

    private final PackUnit packUnit;

    ProductForm(String wireName, PackUnit packUnit) {
        this.wireName = wireName;
        this.packUnit = packUnit;
    }

    public String wireName() {
        return this.wireName;
    }

    /** The only pack unit a sale of this form may use: kg for berries, L for liquids. */
    public PackUnit packUnit() {
        return this.packUnit;
    }
}
