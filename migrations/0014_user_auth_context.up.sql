-- Platform records: a user's auth context (the key/value pairs sent on to adapters, e.g.
-- the customer number the bank knows them by) and the self-service requests to change it,
-- confirmed by a challenge. One pair per user and key: writes upsert on the unique index,
-- which also serves the lookups by user.
CREATE TABLE user_auth_contexts (
    id          VARCHAR(36) PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    consumer_id VARCHAR(36) NOT NULL DEFAULT '',
    "key"       VARCHAR(255) NOT NULL,
    value       VARCHAR(2048) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX user_auth_contexts_user_key ON user_auth_contexts (user_id, "key");

CREATE TABLE user_auth_context_updates (
    id          VARCHAR(36) PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bank_id     VARCHAR(255) NOT NULL,
    consumer_id VARCHAR(36) NOT NULL DEFAULT '',
    "key"       VARCHAR(255) NOT NULL,
    value       VARCHAR(2048) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX user_auth_context_updates_user ON user_auth_context_updates (user_id);
