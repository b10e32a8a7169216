-- The profile-picture template an admin applied to the whole order (all empty until one is applied)
ALTER TABLE headshot_order ADD COLUMN profile_shape VARCHAR(8);
ALTER TABLE headshot_order ADD COLUMN profile_size INTEGER;
ALTER TABLE headshot_order ADD COLUMN profile_greyscale BOOLEAN;
ALTER TABLE headshot_order ADD COLUMN profile_background VARCHAR(8);
ALTER TABLE headshot_order ADD COLUMN profile_border_width INTEGER;
ALTER TABLE headshot_order ADD COLUMN profile_border_colour VARCHAR(8);
ALTER TABLE headshot_order ADD COLUMN profile_logo_corner VARCHAR(16);
