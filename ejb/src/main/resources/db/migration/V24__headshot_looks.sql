-- What the node's output check measured of each headshot (stretching, halo, enlargement, the face's share of the
-- frame) and the reference photo it was made from, to rank the gallery by what the eye sees and to interleave
-- references; 0 (and -1) for headshots made before nodes sent them: nothing held against them
ALTER TABLE headshot ADD COLUMN reference_photo INTEGER DEFAULT -1 NOT NULL;
ALTER TABLE headshot ADD COLUMN stretched_share REAL DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN halo_share REAL DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN enlargement REAL DEFAULT 0 NOT NULL;
ALTER TABLE headshot ADD COLUMN face_share REAL DEFAULT 0 NOT NULL;
