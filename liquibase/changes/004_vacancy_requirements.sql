--liquibase formatted sql

--changeset resume-tailor:004-vacancy-requirements
--comment: Issue 16: a vacancy's requirements belong to it. The match score counts the stored list, so the same vacancy and resume always give the same score, even after the extractor improves; the owner can correct the list. requirements holds the list as JSON (id, text, mustHave, kind, years, concept, origin); NULL means never extracted (vacancies stored before this change), and the service extracts it from the text when it is needed. requirements_edited is true once the owner replaced the list: a changed description then no longer re-extracts it.
ALTER TABLE vacancies ADD COLUMN requirements JSONB;
ALTER TABLE vacancies ADD COLUMN requirements_edited BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE vacancies DROP COLUMN requirements_edited; ALTER TABLE vacancies DROP COLUMN requirements;
