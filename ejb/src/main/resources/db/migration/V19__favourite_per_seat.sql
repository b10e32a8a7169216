-- A favourite per seat: a person with seats in two orders chooses one headshot in each. The favourites from
-- before move to the order their headshot was made for (their ids are negative, below the sequence's).
CREATE SEQUENCE favourite_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE favourite_per_seat (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    owner         VARCHAR(255) NOT NULL,
    organisation  VARCHAR(255) NOT NULL,
    order_id      BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    headshot_id   BIGINT       NOT NULL,
    chosen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT favourite_once_a_seat UNIQUE (owner, order_id)
);

INSERT INTO favourite_per_seat (id, version, owner, organisation, order_id, headshot_id, chosen_at)
SELECT -ROW_NUMBER() OVER (ORDER BY f.owner), f.version, f.owner, f.organisation, r.order_id, f.headshot_id,
       f.chosen_at
FROM favourite f
JOIN headshot h ON h.id = f.headshot_id
JOIN headshot_run r ON r.owner = h.owner AND r.run = h.run;

DROP TABLE favourite;
ALTER TABLE favourite_per_seat RENAME TO favourite;
