-- Platform records: OBP's per-operation rules. The primary key is the operation id, so a
-- second rule of a kind for one operation is refused by the database (OBP-40029).
-- json_schema is the schema's compact JSON text; allowed_authentication_types a JSON array.
CREATE TABLE json_schema_validations (
    operation_id  VARCHAR(200) PRIMARY KEY,
    json_schema   TEXT NOT NULL
);
CREATE TABLE authentication_type_validations (
    operation_id                  VARCHAR(200) PRIMARY KEY,
    allowed_authentication_types  TEXT NOT NULL
);
