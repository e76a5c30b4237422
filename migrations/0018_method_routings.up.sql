-- Platform records: OBP's method routings, which the star connector follows to pick the
-- connector that serves a connector method for a bank. parameters is a JSON array of
-- {"key", "value"} objects (url, outBoundMapping, ...); bank_id_pattern "" is none.
CREATE TABLE method_routings (
    id                      VARCHAR(36) PRIMARY KEY,
    method_name             VARCHAR(100) NOT NULL,
    connector_name          VARCHAR(100) NOT NULL,
    is_bank_id_exact_match  BOOLEAN NOT NULL DEFAULT FALSE,
    bank_id_pattern         VARCHAR(255) NOT NULL DEFAULT '',
    parameters              TEXT NOT NULL DEFAULT '[]',
    created_at              TIMESTAMP NOT NULL
);
-- The management API lists by method; the star connector loads them all, oldest first.
CREATE INDEX method_routings_method ON method_routings (method_name, created_at);
-- As OBP: one exact-match routing per method and bank id (OBP-70003 for a second).
CREATE UNIQUE INDEX method_routings_exact ON method_routings (method_name, bank_id_pattern) WHERE is_bank_id_exact_match;
