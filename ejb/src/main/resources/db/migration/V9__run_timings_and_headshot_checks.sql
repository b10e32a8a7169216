-- Where a run's time went (identity build as the server waited for it; then, summed over its headshots, the
-- node's preparation of the references, compositing, checks and encoding, the server's storing, and the
-- generate calls as the batch steps waited for them, transfer and connector included), and
-- per headshot how many tries its checks took and whether it had to be enlarged to reach 1024 px.
ALTER TABLE headshot_run ADD COLUMN identity_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN prepare_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN compose_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN check_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN encode_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN store_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot_run ADD COLUMN calls_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE headshot ADD COLUMN upscaled BOOLEAN DEFAULT FALSE NOT NULL;
