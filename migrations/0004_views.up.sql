-- Platform records: custom views (system views are defined in code) and account access.
CREATE TABLE custom_views (
    bank_id                     VARCHAR(255) NOT NULL,
    account_id                  VARCHAR(255) NOT NULL,
    id                          VARCHAR(100) NOT NULL,
    short_name                  VARCHAR(100) NOT NULL,
    description                 VARCHAR(1024) NOT NULL DEFAULT '',
    metadata_view               VARCHAR(100) NOT NULL DEFAULT '',
    is_public                   BOOLEAN NOT NULL,
    alias                       VARCHAR(64) NOT NULL DEFAULT '',
    hide_metadata_if_alias_used BOOLEAN NOT NULL,
    allowed                     TEXT NOT NULL,
    created_at                  TIMESTAMP NOT NULL,
    PRIMARY KEY (bank_id, account_id, id)
);

CREATE TABLE account_access (
    user_id     VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bank_id     VARCHAR(255) NOT NULL,
    account_id  VARCHAR(255) NOT NULL,
    view_id     VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, bank_id, account_id, view_id)
);
CREATE INDEX account_access_account ON account_access (bank_id, account_id, view_id);
