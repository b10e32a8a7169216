-- Each acceptance of a version of the consent text for photos and face data, and its withdrawal.
-- Rows are kept after a withdrawal: they are the record of who agreed to what, and when.
-- The sequence starts at its increment, as in V1 (EclipseLink allocationSize 50).
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent (
    id            BIGINT       PRIMARY KEY,
    lock_version  INTEGER      NOT NULL,
    username      VARCHAR(255) NOT NULL,
    text_version  VARCHAR(32)  NOT NULL,
    accepted_at   TIMESTAMP    NOT NULL,
    withdrawn_at  TIMESTAMP
);

CREATE INDEX consent_username ON consent (username);
