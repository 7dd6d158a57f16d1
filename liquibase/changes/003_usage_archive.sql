--liquibase formatted sql

--changeset resume-tailor:003-usage-archive
--comment: Usage accounting outlives accounts. The seed's usage_logs rows cascade with their user, so deleting an account and signing in again gave a fresh daily quota, and the account's calls vanished from the admin usage report and from billing. When an account is deleted its usage rows move here first, keyed by a SHA-256 hash of the lower-cased email instead of the user id (no email, no user id is kept): the daily limits of a new account with the same email count them, and the reports keep them. The seed's cascade stays as it is.
CREATE TABLE usage_archive (
  id UUID PRIMARY KEY,
  identity_hash CHAR(64) NOT NULL,
  operation operation NOT NULL,
  provider_type provider_type NOT NULL,
  tokens_used INTEGER,
  cost DECIMAL(10, 6),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX idx_usage_archive_identity_operation_date ON usage_archive(identity_hash, operation, created_at);
CREATE INDEX idx_usage_archive_created_at ON usage_archive(created_at);
--rollback DROP TABLE usage_archive;
