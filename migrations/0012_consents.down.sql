DROP TABLE signing_keys;
DROP TABLE consent_requests;
DROP TABLE consents;
