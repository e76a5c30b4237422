-- Platform records: TKEY7-style scoped access tokens. Only the SHA-256 of a token's value
-- is kept (token_hash, hex, unique: the authenticator's one lookup). account_ids,
-- allowed_ips (CIDR blocks) and operation_ids are JSON arrays of text. A token not
-- refreshed in time is marked revoked at its refresh_before.
CREATE TABLE scoped_access_tokens (
    id                  VARCHAR(36) PRIMARY KEY,
    token_hash          VARCHAR(64) NOT NULL,
    created_by_user_id  VARCHAR(255) NOT NULL,
    user_id             VARCHAR(255) NOT NULL,
    consumer_id         VARCHAR(255) NOT NULL,
    bank_id             VARCHAR(255) NOT NULL,
    access_right        VARCHAR(16) NOT NULL,
    account_ids         TEXT NOT NULL,
    allowed_ips         TEXT NOT NULL,
    operation_ids       TEXT NOT NULL,
    created_at          TIMESTAMP NOT NULL,
    expires_at          TIMESTAMP NOT NULL,
    refresh_before      TIMESTAMP NOT NULL,
    revoked_at          TIMESTAMP NULL,
    CHECK (access_right IN ('Viewer', 'Manager'))
);
CREATE UNIQUE INDEX scoped_access_tokens_hash ON scoped_access_tokens (token_hash);
-- A creator lists (and revokes) the tokens they made at a bank.
CREATE INDEX scoped_access_tokens_creator ON scoped_access_tokens (created_by_user_id, bank_id, created_at);
