-- Links an org admin shares so that people of the organisation's e-mail domains join an order themselves: each
-- works until it expires, is used up or is revoked. Only the token's SHA-256 finds a link; the token itself is
-- kept encrypted, for the admin to copy the link again.
CREATE SEQUENCE join_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE join_link (
    id            BIGINT PRIMARY KEY,
    version       INTEGER      NOT NULL,
    organisation  VARCHAR(255) NOT NULL,
    order_id      BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    token_sealed  VARCHAR(200) NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_uses      INTEGER      NOT NULL,
    uses          INTEGER      NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX join_link_order ON join_link (order_id);
