DROP TABLE oauth2_signing_keys;
DROP TABLE oauth2_consent_grants;
DROP TABLE oauth2_login_sessions;
DROP TABLE oauth2_interactions;
DROP TABLE oauth2_records;
