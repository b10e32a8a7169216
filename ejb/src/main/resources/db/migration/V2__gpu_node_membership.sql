-- GPU nodes IT added or removed while running (bin/headshots nodes, the IT page). The fleet is the
-- configured nodes (headshots.gpu.nodes) plus the members here, minus the ones marked removed.
CREATE TABLE gpu_node_membership (
    address     VARCHAR(300) NOT NULL PRIMARY KEY,
    member      BOOLEAN      NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL
);
