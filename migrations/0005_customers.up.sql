-- Core-banking records of the mapped connector: customers, the links that say which user
-- is which customer, and customer attributes.
CREATE TABLE customers (
    id                          VARCHAR(36) PRIMARY KEY,
    bank_id                     VARCHAR(255) NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
    customer_number             VARCHAR(64) NOT NULL,
    legal_name                  VARCHAR(255) NOT NULL,
    mobile_phone_number         VARCHAR(64) NOT NULL DEFAULT '',
    email                       VARCHAR(255) NOT NULL DEFAULT '',
    face_image_url              VARCHAR(1024) NOT NULL DEFAULT '',
    face_image_date             TIMESTAMP NULL,
    date_of_birth               TIMESTAMP NULL,
    relationship_status         VARCHAR(64) NOT NULL DEFAULT '',
    dependants                  INTEGER NOT NULL DEFAULT 0,
    -- JSON array of days, e.g. ["2000-01-23"]
    dob_of_dependants           TEXT NOT NULL DEFAULT '[]',
    credit_rating               VARCHAR(64) NOT NULL DEFAULT '',
    credit_rating_source        VARCHAR(255) NOT NULL DEFAULT '',
    credit_limit_currency       VARCHAR(3) NOT NULL DEFAULT '',
    -- a decimal string kept exactly as given ("1000.50"), never a float
    credit_limit_amount         VARCHAR(32) NOT NULL DEFAULT '',
    highest_education_attained  VARCHAR(255) NOT NULL DEFAULT '',
    employment_status           VARCHAR(255) NOT NULL DEFAULT '',
    kyc_status                  BOOLEAN NOT NULL DEFAULT FALSE,
    last_ok_date                TIMESTAMP NULL,
    title                       VARCHAR(64) NOT NULL DEFAULT '',
    branch_id                   VARCHAR(255) NOT NULL DEFAULT '',
    name_suffix                 VARCHAR(64) NOT NULL DEFAULT '',
    created_at                  TIMESTAMP NOT NULL
);
-- A customer number identifies one customer at its bank; the index also serves a bank's list.
CREATE UNIQUE INDEX customers_bank_number ON customers (bank_id, customer_number);
CREATE INDEX customers_bank_created ON customers (bank_id, created_at);

CREATE TABLE user_customer_links (
    id             VARCHAR(36) PRIMARY KEY,
    user_id        VARCHAR(36) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    customer_id    VARCHAR(36) NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    -- the customer's bank, so that one user has at most one customer per bank
    bank_id        VARCHAR(255) NOT NULL,
    date_inserted  TIMESTAMP NOT NULL,
    is_active      BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX user_customer_links_user_bank ON user_customer_links (user_id, bank_id);
CREATE INDEX user_customer_links_customer ON user_customer_links (customer_id);
CREATE INDEX user_customer_links_bank ON user_customer_links (bank_id);

CREATE TABLE customer_attributes (
    id           VARCHAR(36) PRIMARY KEY,
    bank_id      VARCHAR(255) NOT NULL,
    customer_id  VARCHAR(36) NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name         VARCHAR(255) NOT NULL,
    type         VARCHAR(32) NOT NULL,
    value        VARCHAR(2048) NOT NULL DEFAULT '',
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX customer_attributes_customer ON customer_attributes (customer_id, created_at);
CREATE INDEX customer_attributes_bank ON customer_attributes (bank_id);
