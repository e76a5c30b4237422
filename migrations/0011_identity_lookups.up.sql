-- Lookups of issue 10: users by e-mail address, entitlements by role.
CREATE INDEX users_email ON users (email);
CREATE INDEX entitlements_role ON entitlements (role_name);
