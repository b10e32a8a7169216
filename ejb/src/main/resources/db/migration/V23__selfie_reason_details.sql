-- The words of a reason that names more than its code says (which accepted photos a new one disagrees with),
-- one "CODE<TAB>message" per line; empty when every reason says what its code says
ALTER TABLE selfie ADD COLUMN reason_details VARCHAR(2000) DEFAULT '' NOT NULL;
