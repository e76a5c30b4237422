-- Usernames are unique per provider regardless of case. SQLite's lower() folds A-Z only;
-- sign-up refuses other letters that have a case. The store's lookup repeats this
-- expression so that the index serves it.
CREATE UNIQUE INDEX users_provider_username_fold ON users (provider, lower(username));
-- Implied by the new index.
DROP INDEX users_provider_username;
