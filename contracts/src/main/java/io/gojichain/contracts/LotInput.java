package io.gojichain.contracts;

import java.math.BigDecimal;

/**
 * Fresh berries a transformation consumed from one harvested lot.
 *
 * @param lotId the harvested lot
 * @param quantityKg fresh kilograms taken from it
 */
public record LotInput(String lotId, BigDecimal quantityKg) {}
