-- A connector's own opaque data per consent and per payment (a bank's tokens, its
-- reference for a payment), kept here so that a connector needs no schema change of ours.
CREATE TABLE connector_opaque (
    kind       VARCHAR(16)  NOT NULL,
    entity_id  VARCHAR(128) NOT NULL,
    data       TEXT         NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (kind, entity_id)
);
