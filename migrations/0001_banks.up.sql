CREATE TABLE banks (
    id          VARCHAR(255) PRIMARY KEY,
    short_name  VARCHAR(255) NOT NULL DEFAULT '',
    full_name   VARCHAR(255) NOT NULL DEFAULT '',
    logo        VARCHAR(1024) NOT NULL DEFAULT '',
    website     VARCHAR(1024) NOT NULL DEFAULT '',
    bank_code   VARCHAR(64) NOT NULL DEFAULT '',
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

CREATE TABLE bank_routings (
    bank_id   VARCHAR(255) NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    scheme    VARCHAR(64) NOT NULL,
    address   VARCHAR(255) NOT NULL,
    PRIMARY KEY (bank_id, position)
);
-- A routing (e.g. a BIC) identifies one bank.
CREATE UNIQUE INDEX bank_routings_scheme_address ON bank_routings (scheme, address);

CREATE TABLE bank_attributes (
    bank_id  VARCHAR(255) NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    name     VARCHAR(255) NOT NULL,
    value    VARCHAR(2048) NOT NULL DEFAULT '',
    PRIMARY KEY (bank_id, name)
);
