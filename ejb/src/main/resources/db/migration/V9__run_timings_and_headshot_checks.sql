-- Where a run's time went: the identity build as the server waited for it (on the run), and per headshot the
-- node's share of preparing the references, compositing, checks and encoding, the server's storing, and its
-- share of the generate call as the batch step waited for it (transfer and connector included). Per headshot
-- too: how many tries its checks took and whether it had to be enlarged to reach 1024 px. Kept on the
-- headshot rows, which each partition writes alone, not on the run, which they share.
ALTER TABLE headshot_run ADD COLUMN identity_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE headshot ADD COLUMN upscaled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE headshot ADD COLUMN prepare_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN compose_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN check_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN encode_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN store_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN call_ms BIGINT DEFAULT 0 NOT NULL;
