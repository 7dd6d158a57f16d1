--liquibase formatted sql

--changeset resume-tailor:002-generation-reports
--comment: Tailoring explains every generation (matched and missing keywords before and after), reports what the fabrication guard reverted, and maps each tailored entry to the base entry it came from. The seed's generations table has no place for these, so they live beside it, one row per generation, deleted with it.
CREATE TABLE generation_reports (
  generation_id UUID PRIMARY KEY REFERENCES generations(id) ON DELETE CASCADE,
  report JSONB NOT NULL
);
--rollback DROP TABLE generation_reports;
