DROP INDEX entitlements_role;
DROP INDEX users_email;
