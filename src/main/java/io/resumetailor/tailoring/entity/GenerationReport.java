package io.resumetailor.tailoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The report of one generation ({@code generation_reports}, added by changeset 002). */
@Entity
@Table(name = "generation_reports")
public class GenerationReport {

    @Id
    @Column(name = "generation_id")
    private UUID generationId;

    @NotNull
    @Convert(converter = TailoringReportConverter.class)
    private TailoringReport report;

    protected GenerationReport() {
    }

    public GenerationReport(UUID generationId, TailoringReport report) {
        this.generationId = generationId;
        this.report = report;
    }

    public UUID getGenerationId() {
        return generationId;
    }

    public TailoringReport getReport() {
        return report;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GenerationReport that && generationId != null && generationId.equals(that.generationId);
    }

    @Override
    public int hashCode() {
        return GenerationReport.class.hashCode();
    }
}
