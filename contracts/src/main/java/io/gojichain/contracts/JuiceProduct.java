package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum JuiceProduct {
    @JsonProperty("nfc_juice")
    NFC_JUICE,
    @JsonProperty("pulp")
    PULP;

    /** The sold product form this output is sold as. */
    public ProductForm productForm() {
        return this == NFC_JUICE ? ProductForm.NFC_JUICE : ProductForm.PULP;
    }
}
