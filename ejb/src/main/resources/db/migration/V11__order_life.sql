-- An order's life: a draft the admin prepares (nobody sees it), open (people are invited and work on it),
-- closed (favourites are final). Orders from before were open from their creation.
ALTER TABLE headshot_order ADD COLUMN status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE headshot_order ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE headshot_order ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
UPDATE headshot_order SET opened_at = created_at;
