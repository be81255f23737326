-- ShedLock's table: named locks that hold across app instances until a time on the database's own clock.
-- Each scheduled job takes one by its name (it runs once across instances); texts take "texts-from-<hash>", where
-- the hash keeps 16 bits of the number, so a row never says whose number it was.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
