package io.gojichain.insights.facts;

import io.gojichain.contracts.ProductForm;
import java.time.LocalDate;

/** Order lines of one pseudonymous customer for one form on one day (only sales that name a customer). */
public record CustomerOrdersFact(String customerId, ProductForm productForm, LocalDate day, long orders) {}
