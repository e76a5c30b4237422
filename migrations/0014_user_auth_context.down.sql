DROP TABLE user_auth_context_updates;
DROP TABLE user_auth_contexts;
