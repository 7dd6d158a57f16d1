package io.resumetailor.usage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Usage and cost per day, operation and provider type, with the platform budget this month. */
public record UsageReport(LocalDate from, LocalDate to, List<Row> rows, BigDecimal budgetCap, BigDecimal budgetUsed) {

    public record Row(LocalDate day, String operation, String providerType, long count, long tokens, BigDecimal cost) {
    }
}
