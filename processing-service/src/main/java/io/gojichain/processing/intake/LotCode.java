package io.gojichain.processing.intake;

/** The lot-code rule every id of the contract shares (lots, batches, processors). */
final class LotCode {

    static final String PATTERN = "[A-Za-z0-9._:-]{1,64}";

    static final String MESSAGE = "must be 1 to 64 characters from A-Z a-z 0-9 . _ : -";

    /** Grams and millilitres are the finest unit the chain weighs in. */
    static final String DECIMALS_MESSAGE = "must have at most 9 integer digits and 3 decimal places";

    private LotCode() {}
}
