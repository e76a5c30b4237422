-- Back to exact-case uniqueness; the rows the fold index allowed satisfy it.
CREATE UNIQUE INDEX users_provider_username ON users (provider, username);
DROP INDEX users_provider_username_fold;
