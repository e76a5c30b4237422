DROP INDEX custom_views_public;
DROP INDEX account_access_view;
DROP TABLE system_views;
