-- A person's identity for generation: the consensus embedding of their accepted selfies (encrypted),
-- which selfies went into it, and the ones chosen as references.
CREATE SEQUENCE identity_profile_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE identity_profile (
    id               BIGINT        NOT NULL PRIMARY KEY,
    owner            VARCHAR(255)  NOT NULL,
    built_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    embedding_cipher VARCHAR(4000) NOT NULL,
    used_selfies     VARCHAR(2000) NOT NULL,
    dropped_selfies  VARCHAR(2000) NOT NULL,
    reference_selfies VARCHAR(1000) NOT NULL,
    node             VARCHAR(300)  NOT NULL
);
CREATE INDEX identity_profile_owner ON identity_profile (owner);
