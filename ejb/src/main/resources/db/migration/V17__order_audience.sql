-- An order is for departments or sub-teams and for people picked by name. headshot_order.department keeps
-- the audience in words, for lists; the two tables hold the audience itself. Every order so far was for one
-- department.
CREATE TABLE order_department (
    order_id  BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    name      VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_id, name)
);

CREATE TABLE order_person (
    order_id  BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    username  VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_id, username)
);

INSERT INTO order_department (order_id, name) SELECT id, department FROM headshot_order;

-- People the admin took out of an order: the directory sync does not seat them again while they stay in one
-- of its departments; picking them by name brings them back.
CREATE TABLE order_excluded (
    order_id  BIGINT       NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    username  VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_id, username)
);
