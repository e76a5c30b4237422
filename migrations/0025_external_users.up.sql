-- Users of external identity providers (bearer JWTs of configured issuers) are known by
-- the issuer (their provider) and the issuer's subject: one user per (provider, subject),
-- enforced here so that parallel first calls of a new subject create exactly one. Local
-- users have no subject (NULL, distinct in a unique index on both engines), so no token
-- can name one of them.
ALTER TABLE users ADD COLUMN subject VARCHAR(255) NULL;
CREATE UNIQUE INDEX users_provider_subject ON users (provider, subject);
