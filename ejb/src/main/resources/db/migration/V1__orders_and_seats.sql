-- Orders of headshots per department, and a seat per member.
-- EclipseLink takes the value it gets as the end of a block of allocationSize ids, so a sequence starts at its increment.
-- Portable SQL: runs on PostgreSQL and on the built-in H2.
CREATE SEQUENCE order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE seat_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE headshot_order (
    id          BIGINT PRIMARY KEY,
    version     INTEGER NOT NULL,
    name        VARCHAR(120) NOT NULL,
    department  VARCHAR(255) NOT NULL,
    deadline    DATE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(255) NOT NULL
);

CREATE TABLE seat (
    id            BIGINT PRIMARY KEY,
    version       INTEGER NOT NULL,
    order_id      BIGINT NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    username      VARCHAR(255) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(255) NOT NULL,
    status        VARCHAR(32) NOT NULL,
    status_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT seat_order_person UNIQUE (order_id, username)
);

CREATE INDEX seat_username ON seat (username);
CREATE INDEX order_created ON headshot_order (created_at);
