-- Platform records: the system views an administrator created (OBP's built-in ones are
-- defined in code and never stored). Ids never start "_", so they cannot meet a custom
-- view's; permissions and the grant and revoke lists are JSON lists of names.
CREATE TABLE system_views (
    id                          VARCHAR(100) PRIMARY KEY,
    short_name                  VARCHAR(100) NOT NULL,
    description                 VARCHAR(1024) NOT NULL DEFAULT '',
    metadata_view               VARCHAR(100) NOT NULL DEFAULT '',
    is_firehose                 BOOLEAN NOT NULL,
    alias                       VARCHAR(64) NOT NULL DEFAULT '',
    hide_metadata_if_alias_used BOOLEAN NOT NULL,
    allowed                     TEXT NOT NULL,
    can_grant_access_to_views   TEXT NOT NULL,
    can_revoke_access_to_views  TEXT NOT NULL,
    created_at                  TIMESTAMP NOT NULL
);

-- Is a view granted to anyone (deleting a system view), and which accounts have a public
-- view (the public account lists).
CREATE INDEX account_access_view ON account_access (view_id);
CREATE INDEX custom_views_public ON custom_views (is_public, bank_id);
