package io.resumetailor.usage.entity;

import java.math.BigDecimal;

/** Money set aside from the platform's monthly budget for one call in flight, in USD. */
public record BudgetReservation(BigDecimal amount, String period) {
}
