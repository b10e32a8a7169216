-- The person's matte in the headshot's frame, stored encrypted beside it, for profile pictures on another backdrop;
-- none for headshots made before nodes sent it
ALTER TABLE headshot ADD COLUMN matte_key VARCHAR(100);
