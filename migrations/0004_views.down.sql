DROP TABLE account_access;
DROP TABLE custom_views;
