-- Platform records of the embedded OAuth2 / OpenID Connect server (handlers/oauth2).
-- oauth2_records: authorization codes, access and refresh tokens, PKCE and OIDC sessions
-- and pushed authorization requests, keyed by kind and the HMAC signature of the code or
-- token (never the token itself); PAR requests by their request_uri. Every token of one
-- authorization shares request_id, so a family is revoked by request id. form holds the
-- request's parameters without credentials; session the protocol session (JSON).
CREATE TABLE oauth2_records (
    kind              VARCHAR(16) NOT NULL CHECK (kind IN ('code', 'access', 'refresh', 'pkce', 'oidc', 'par')),
    signature         VARCHAR(255) NOT NULL,
    request_id        VARCHAR(64) NOT NULL,
    client_id         VARCHAR(255) NOT NULL,
    subject           VARCHAR(36) NOT NULL DEFAULT '',
    requested_at      TIMESTAMP NOT NULL,
    scopes            TEXT NOT NULL,
    granted_scopes    TEXT NOT NULL,
    audience          TEXT NOT NULL,
    granted_audience  TEXT NOT NULL,
    form              TEXT NOT NULL,
    session           TEXT NOT NULL,
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    expires_at        TIMESTAMP NOT NULL,
    access_signature  VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (kind, signature)
);
CREATE INDEX oauth2_records_request ON oauth2_records (request_id, kind);
CREATE INDEX oauth2_records_expires ON oauth2_records (expires_at);
-- Authorization requests waiting for the user on the login and consent pages, by the
-- hash of the id their pages carry.
CREATE TABLE oauth2_interactions (
    id_hash     VARCHAR(64) PRIMARY KEY,
    form        TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL
);
CREATE INDEX oauth2_interactions_expires ON oauth2_interactions (expires_at);
-- Browsers logged in on the login page, by the hash of their session cookie.
CREATE TABLE oauth2_login_sessions (
    id_hash           VARCHAR(64) PRIMARY KEY,
    user_id           VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    authenticated_at  TIMESTAMP NOT NULL,
    expires_at        TIMESTAMP NOT NULL
);
CREATE INDEX oauth2_login_sessions_user ON oauth2_login_sessions (user_id);
CREATE INDEX oauth2_login_sessions_expires ON oauth2_login_sessions (expires_at);
-- What users approved on the consent page.
CREATE TABLE oauth2_consent_grants (
    id           VARCHAR(36) PRIMARY KEY,
    user_id      VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    consumer_id  VARCHAR(36) NOT NULL REFERENCES consumers (id) ON DELETE CASCADE,
    scopes       TEXT NOT NULL,
    granted_at   TIMESTAMP NOT NULL
);
CREATE INDEX oauth2_consent_grants_user ON oauth2_consent_grants (user_id, consumer_id);
-- The ID-token signing key (RS256), one per purpose: the first process to store one wins
-- and every process uses it. The private key is PKCS #8, sealed with the key-encryption
-- key (OBP_KEY_ENCRYPTION_KEY) when one is configured, as the Consent-JWT keys are.
CREATE TABLE oauth2_signing_keys (
    purpose      VARCHAR(32) PRIMARY KEY,
    id           VARCHAR(64) NOT NULL,
    algorithm    VARCHAR(16) NOT NULL,
    private_key  TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
