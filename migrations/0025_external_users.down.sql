DROP INDEX users_provider_subject;
ALTER TABLE users DROP COLUMN subject;
