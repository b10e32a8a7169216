-- Creates the Headshots user and database. Run as the PostgreSQL superuser:
--   psql -v ON_ERROR_STOP=1 -v user=headshots -v password='...' -v db=headshots \
--        -f config/postgresql/create-database.sql
-- Running it again changes the password and leaves the rest as it is.

SELECT format('CREATE ROLE %I LOGIN', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec

SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'password') \gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
