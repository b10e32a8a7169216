-- What an order asks for each person (how many headshots, in which styles, the brand colour for the
-- brand-colour backdrop, how many remakes), and the runs that make them: queued, running, completed or
-- failed with a reason a person can read. A run keeps its batch execution, so a retry resumes it.
ALTER TABLE headshot_order ADD COLUMN headshots_per_person INTEGER DEFAULT 40 NOT NULL;
ALTER TABLE headshot_order ADD COLUMN styles VARCHAR(400) DEFAULT 'studio-grey,office-blue,white-clean,warm-neutral' NOT NULL;
ALTER TABLE headshot_order ADD COLUMN brand_colour VARCHAR(7);
ALTER TABLE headshot_order ADD COLUMN remakes_per_person INTEGER DEFAULT 1 NOT NULL;

CREATE SEQUENCE headshot_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE headshot_run (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         INTEGER      NOT NULL,
    owner           VARCHAR(255) NOT NULL,
    organisation    VARCHAR(255) NOT NULL,
    order_id        BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    run             INTEGER      NOT NULL,
    seed            BIGINT       NOT NULL,
    headshot_count  INTEGER      NOT NULL,
    styles          VARCHAR(400) NOT NULL,
    brand_colour    VARCHAR(7),
    status          VARCHAR(16)  NOT NULL,
    stage           VARCHAR(32)  NOT NULL,
    execution_id    BIGINT,
    reason          VARCHAR(1000),
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT headshot_run_once UNIQUE (owner, run)
);
CREATE INDEX headshot_run_status ON headshot_run (status);
CREATE INDEX headshot_run_organisation ON headshot_run (organisation);
