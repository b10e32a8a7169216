-- One sample headshot per style, made by a GPU node from the installation's sample subject, so the admin
-- chooses an order's style pool from pictures. `packs` names the model packs (name@version) of the nodes it
-- was made on: when they change, the sample is made again. The picture is an encrypted file in the store.
CREATE TABLE style_sample (
    style      VARCHAR(64)  NOT NULL PRIMARY KEY,
    packs      VARCHAR(400) NOT NULL,
    photo_key  VARCHAR(100) NOT NULL,
    width      INTEGER      NOT NULL,
    height     INTEGER      NOT NULL,
    made_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
