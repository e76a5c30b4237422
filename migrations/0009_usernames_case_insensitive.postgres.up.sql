-- Usernames are unique per provider regardless of case. COLLATE "C" makes lower() fold
-- A-Z only, whatever the database's locale (a Turkish one would fold I to ı), exactly as
-- SQLite's lower() does; sign-up refuses other letters that have a case. The store's
-- lookup repeats this expression so that the index serves it.
CREATE UNIQUE INDEX users_provider_username_fold ON users (provider, lower(username COLLATE "C"));
-- Implied by the new index.
DROP INDEX users_provider_username;
