-- What each run of the retention sweep erased in each organisation: counts only, never who. A row is added to in
-- the same transaction as the erasures it counts, so a sweep restarted after a crash counts nothing twice.
CREATE SEQUENCE retention_tally_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE retention_tally (
    id            BIGINT       PRIMARY KEY,
    version       INTEGER      NOT NULL,
    organisation  VARCHAR(255) NOT NULL,
    execution_id  BIGINT       NOT NULL,
    first_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    people        INTEGER      NOT NULL,
    selfies       INTEGER      NOT NULL,
    identities    INTEGER      NOT NULL,
    headshots     INTEGER      NOT NULL,
    CONSTRAINT retention_tally_once UNIQUE (execution_id, organisation)
);
