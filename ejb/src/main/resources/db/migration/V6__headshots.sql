-- Generated headshots: one row per image of a person's run, style and index, never two
-- (a resumed or resent generation finds the row and does not store the image again).
CREATE SEQUENCE headshot_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE headshot (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    owner               VARCHAR(255) NOT NULL,
    run                 INTEGER      NOT NULL,
    style               VARCHAR(64)  NOT NULL,
    idx                 INTEGER      NOT NULL,
    width               INTEGER      NOT NULL,
    height              INTEGER      NOT NULL,
    photo_key           VARCHAR(100) NOT NULL,
    photo_sha256        VARCHAR(64)  NOT NULL,
    identity_similarity REAL         NOT NULL,
    quality             REAL         NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT headshot_once UNIQUE (owner, run, style, idx)
);
CREATE INDEX headshot_owner ON headshot (owner);
