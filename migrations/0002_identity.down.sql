DROP TABLE rate_limit_counters;
DROP TABLE server_secrets;
DROP TABLE entitlement_requests;
DROP TABLE entitlements;
DROP TABLE tokens;
DROP TABLE consumers;
DROP TABLE users;
