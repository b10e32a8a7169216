-- What each organisation's admins set for it, within the bounds IT sets for the installation: how long
-- photos are kept, how many accepted selfies make a person ready, what an order gives each person when the
-- admin does not say, the brand colour, the logo (an encrypted file, for exports and profile pictures), and
-- whether people may download their headshots before the order closes.
CREATE TABLE organisation_settings (
    organisation           VARCHAR(255) NOT NULL PRIMARY KEY,
    version                INTEGER      NOT NULL,
    retention_days         INTEGER      NOT NULL,
    minimum_selfies        INTEGER      NOT NULL,
    default_headshots      INTEGER      NOT NULL,
    default_remakes        INTEGER      NOT NULL,
    brand_colour           VARCHAR(7),
    logo_key               VARCHAR(100),
    logo_type              VARCHAR(16),
    download_before_close  BOOLEAN      NOT NULL,
    changed_by             VARCHAR(255) NOT NULL,
    changed_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
