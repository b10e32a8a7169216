-- A seat keeps its person's job title from the directory, for the roster export
ALTER TABLE seat ADD COLUMN title VARCHAR(100) DEFAULT '' NOT NULL;
