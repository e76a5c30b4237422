DROP TABLE scoped_access_tokens;
