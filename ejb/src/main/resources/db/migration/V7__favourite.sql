-- The headshot each person chose as their favourite (one; they may change it).
CREATE TABLE favourite (
    owner       VARCHAR(255) NOT NULL PRIMARY KEY,
    headshot_id BIGINT       NOT NULL,
    chosen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
