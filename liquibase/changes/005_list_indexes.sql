--liquibase formatted sql

--changeset resume-tailor:005-list-indexes
--comment: A user's lists are read newest first, one page at a time (keyset cursors, or ids at an offset). The seed's single-column indexes (user_id; created_at) make PostgreSQL sort all of a user's rows for every page: for a user with 100 000 vacancies that is the whole cost of a page. These indexes hold the list order itself, so a page reads its 20 rows, a deep page skips index entries only (index-only scan of the ids), and the capped count reads at most a thousand entries.
CREATE INDEX idx_vacancies_user_created_id ON vacancies(user_id, created_at DESC, id DESC);
CREATE INDEX idx_resumes_user_created_id ON resumes(user_id, created_at DESC, id DESC);
CREATE INDEX idx_generations_vacancy_generated_id ON generations(vacancy_id, generated_at DESC, id DESC);
--rollback DROP INDEX idx_vacancies_user_created_id, idx_resumes_user_created_id, idx_generations_vacancy_generated_id;
