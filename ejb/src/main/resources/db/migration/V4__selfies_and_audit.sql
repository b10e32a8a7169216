-- Selfies and their verdicts. The photos themselves are encrypted files outside the database
-- (photo_key, thumbnail_key); the identity embedding is encrypted too (embedding_cipher).
CREATE SEQUENCE selfie_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE selfie (
    id               BIGINT        NOT NULL PRIMARY KEY,
    owner            VARCHAR(255)  NOT NULL,
    organisation     VARCHAR(255)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict          VARCHAR(16)   NOT NULL,
    reasons          VARCHAR(1000) NOT NULL,
    metrics          VARCHAR(4000) NOT NULL,
    dhash            BIGINT        NOT NULL,
    embedding_cipher VARCHAR(4000) NOT NULL,
    width            INTEGER       NOT NULL,
    height           INTEGER       NOT NULL,
    photo_key        VARCHAR(100)  NOT NULL,
    thumbnail_key    VARCHAR(100)  NOT NULL,
    photo_sha256     VARCHAR(64)   NOT NULL,
    photo_bytes      BIGINT        NOT NULL
);
CREATE INDEX selfie_owner ON selfie (owner);

-- Who viewed, downloaded or deleted which photo, and when.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id         BIGINT       NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(255) NOT NULL,
    action     VARCHAR(64)  NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    detail     VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_event_subject ON audit_event (subject);
