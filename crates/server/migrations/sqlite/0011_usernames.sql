ALTER TABLE accounts ADD COLUMN username TEXT;
CREATE UNIQUE INDEX accounts_by_username ON accounts(username);
