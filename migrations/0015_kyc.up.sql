-- Core-banking records of the mapped connector: a customer's KYC documents, checks, media
-- and the timeline of their KYC status (OBP v2.0.0). Documents, checks and media are kept
-- under the id their PUT path names; statuses are appended.

-- The customer's bank travels with every record: the composite key below lets the records
-- refer to (bank_id, customer_id), so a record is never filed under another bank's customer.
CREATE UNIQUE INDEX customers_bank_id ON customers (bank_id, id);

CREATE TABLE kyc_documents (
    id               VARCHAR(255) PRIMARY KEY,
    bank_id          VARCHAR(255) NOT NULL,
    customer_id      VARCHAR(36) NOT NULL,
    customer_number  VARCHAR(64) NOT NULL,
    type             VARCHAR(255) NOT NULL,
    number           VARCHAR(255) NOT NULL,
    issue_date       TIMESTAMP NOT NULL,
    issue_place      VARCHAR(255) NOT NULL,
    expiry_date      TIMESTAMP NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    FOREIGN KEY (bank_id, customer_id) REFERENCES customers (bank_id, id) ON DELETE CASCADE
);
CREATE INDEX kyc_documents_customer ON kyc_documents (customer_id, created_at);
CREATE INDEX kyc_documents_bank_customer ON kyc_documents (bank_id, customer_id);

CREATE TABLE kyc_checks (
    id               VARCHAR(255) PRIMARY KEY,
    bank_id          VARCHAR(255) NOT NULL,
    customer_id      VARCHAR(36) NOT NULL,
    customer_number  VARCHAR(64) NOT NULL,
    date             TIMESTAMP NOT NULL,
    how              VARCHAR(255) NOT NULL,
    staff_user_id    VARCHAR(255) NOT NULL,
    staff_name       VARCHAR(255) NOT NULL,
    satisfied        BOOLEAN NOT NULL,
    comments         VARCHAR(2048) NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    FOREIGN KEY (bank_id, customer_id) REFERENCES customers (bank_id, id) ON DELETE CASCADE
);
CREATE INDEX kyc_checks_customer ON kyc_checks (customer_id, created_at);
CREATE INDEX kyc_checks_bank_customer ON kyc_checks (bank_id, customer_id);

CREATE TABLE kyc_media (
    id                          VARCHAR(255) PRIMARY KEY,
    bank_id                     VARCHAR(255) NOT NULL,
    customer_id                 VARCHAR(36) NOT NULL,
    customer_number             VARCHAR(64) NOT NULL,
    type                        VARCHAR(255) NOT NULL,
    url                         VARCHAR(2048) NOT NULL,
    date                        TIMESTAMP NOT NULL,
    relates_to_kyc_document_id  VARCHAR(255) NOT NULL,
    relates_to_kyc_check_id     VARCHAR(255) NOT NULL,
    created_at                  TIMESTAMP NOT NULL,
    FOREIGN KEY (bank_id, customer_id) REFERENCES customers (bank_id, id) ON DELETE CASCADE
);
CREATE INDEX kyc_media_customer ON kyc_media (customer_id, created_at);
CREATE INDEX kyc_media_bank_customer ON kyc_media (bank_id, customer_id);

CREATE TABLE kyc_statuses (
    id               VARCHAR(36) PRIMARY KEY,
    bank_id          VARCHAR(255) NOT NULL,
    customer_id      VARCHAR(36) NOT NULL,
    customer_number  VARCHAR(64) NOT NULL,
    ok               BOOLEAN NOT NULL,
    date             TIMESTAMP NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    FOREIGN KEY (bank_id, customer_id) REFERENCES customers (bank_id, id) ON DELETE CASCADE
);
CREATE INDEX kyc_statuses_customer ON kyc_statuses (customer_id, created_at);
CREATE INDEX kyc_statuses_bank_customer ON kyc_statuses (bank_id, customer_id);
