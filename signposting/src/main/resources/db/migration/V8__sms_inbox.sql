-- Every text residents send us, stored before it is answered, whatever channel brought it (Twilio today).
-- message_id is the channel's own id (Twilio's MessageSid): a second delivery of the same text finds its row and is
-- answered with what was answered the first time, without being processed again.
-- status: RECEIVED (being answered, or the process died mid-way: the retrier takes it after next_attempt_at),
--         ANSWERED (answered in the webhook's own response), RETRY (answering failed; the retrier tries again at
--         next_attempt_at and texts the answer through the outbox), ANSWERED_LATER (the retrier did so),
--         GAVE_UP (too many failures; a fallback text went through the outbox and an ERROR was logged),
--         RATE_LIMITED, NOT_UK, UNREADABLE_SENDER (stored, never processed).
-- answer is what the channel's own response said; sent_later what the retrier texted through the outbox.
-- phone is the sender's number in E.164 (null when the sender was not a phone number); body is what they wrote.
-- Both, and the answer, are blanked personal_data_erased_at, a while after the text was received.
create table sms_inbox (
    message_id              varchar(64)     not null primary key,
    channel                 varchar(16)     not null,
    phone                   varchar(16),
    body                    varchar(4000),
    received_at             timestamp with time zone not null,
    status                  varchar(20)     not null,
    answer                  varchar(4000),
    sent_later              varchar(4000),
    crisis                  boolean         not null,
    attempts                integer         not null,
    next_attempt_at         timestamp with time zone,
    answered_at             timestamp with time zone,
    personal_data_erased_at timestamp with time zone,
    constraint sms_inbox_status check (status in ('RECEIVED', 'ANSWERED', 'RETRY', 'ANSWERED_LATER', 'GAVE_UP',
        'RATE_LIMITED', 'NOT_UK', 'UNREADABLE_SENDER'))
);

-- The per-number rate limit: a number's texts in the last few minutes.
create index sms_inbox_phone_received on sms_inbox (phone, received_at);
-- The retrier: what is due to be answered again.
create index sms_inbox_due on sms_inbox (status, next_attempt_at);
-- The retention job: texts by when they arrived.
create index sms_inbox_received on sms_inbox (received_at);
