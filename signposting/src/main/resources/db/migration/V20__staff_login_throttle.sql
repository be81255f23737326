-- Failed staff logins slow down further tries instead of locking an account (which anyone could do to anyone).
-- One row per thing counted, shared by every app instance:
--   'account:<username>'                failures on an existing account from places it has never logged in from
--   'place:<username>:<address hash>'    failures on an existing account from one client address; familiar once the
--                                        account has logged in from there, and then exempt from the two other counts
--   'address:<address hash>'             failures from one client address, whatever username was typed
-- Nothing is kept for usernames that do not exist: people type passwords into the username box. Client addresses
-- are kept only as SHA-256 hashes.

create table staff_login_throttle (
    throttle_key    varchar(200)    primary key,
    username        varchar(100),
    failures        integer         not null,
    last_failure_at timestamp with time zone,
    blocked_until   timestamp with time zone,
    familiar        boolean         not null,
    updated_at      timestamp with time zone not null,
    constraint staff_login_throttle_failures check (failures >= 0)
);

-- An admin clearing one member of staff's throttle, and the account list showing it.
create index staff_login_throttle_username on staff_login_throttle (username);

-- The old hard lock is gone.
alter table staff_account drop constraint staff_account_failed_logins;
alter table staff_account drop column failed_logins;
alter table staff_account drop column locked_until;
