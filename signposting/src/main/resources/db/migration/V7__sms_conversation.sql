-- Where each number's conversation by text has got to, and only what the next reply needs: the last search's
-- results (item and hub ids, never the words searched for), how many were shown, the hub nearest a place they
-- gave, and the answers of an unfinished callback dialogue. A finished dialogue's answers are erased at once.
-- After hub.conversation.idle-expiry without a text everything but the number and time is erased, so a late reply
-- can be told its search expired; after hub.conversation.forget-after the row goes too.
create table sms_conversation (
    phone           varchar(16)     not null primary key,
    step            varchar(20)     not null,
    results         varchar(3000),
    shown           integer         not null,
    near_hub_id     varchar(64),
    urgent          boolean         not null,
    first_name      varchar(100),
    about_text      varchar(500),
    best_time       varchar(20),
    updated_at      timestamp with time zone not null,
    constraint sms_conversation_step check (step in ('NONE', 'NAME', 'ABOUT', 'TIME', 'CONSENT', 'EXPIRED')),
    constraint sms_conversation_best_time check (best_time in ('MORNING', 'AFTERNOON', 'EVENING', 'ANY'))
);

create index sms_conversation_updated_at on sms_conversation (updated_at);
