ALTER TABLE challenges DROP COLUMN evidence;
ALTER TABLE challenges DROP COLUMN subject;
ALTER TABLE challenges DROP COLUMN method_ref;
