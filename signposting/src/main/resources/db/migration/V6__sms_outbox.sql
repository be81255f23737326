-- Every text we send: queued in the same transaction as what it talks about, then sent by a worker
-- (see messaging/Outbox.java). A row is PENDING until the carrier takes it (QUEUED, then SENT, DELIVERED or
-- UNDELIVERED from the carrier's delivery reports), or we stop trying (FAILED) or the number had opted out (SUPPRESSED).
--
-- Claiming: a worker takes due PENDING rows (FOR UPDATE SKIP LOCKED), writes a fresh claim_token and pushes
-- next_attempt_at forward by a lease, commits, and only then calls the carrier. A worker that dies leaves the row
-- PENDING with next_attempt_at at the end of its lease, so another worker picks it up then. Results are written only
-- where claim_token still matches, so a worker whose lease ran out never overwrites a newer attempt.
--
-- phone and body are personal data (body may hold a first name); last_error never does (a class name or the
-- carrier's error code).
create table sms_outbox (
    id                   uuid            not null primary key,
    phone                varchar(16),
    body                 varchar(1600),
    purpose              varchar(30)     not null,
    callback_id          uuid,
    state                varchar(20)     not null,
    attempts             integer         not null,
    next_attempt_at      timestamp with time zone not null,
    give_up_at           timestamp with time zone not null,
    created_at           timestamp with time zone not null,
    sent_at              timestamp with time zone,
    updated_at           timestamp with time zone not null,
    provider_message_id  varchar(64),
    last_error           varchar(200),
    claim_token          uuid,
    claimed_at           timestamp with time zone,
    constraint sms_outbox_provider_message_id unique (provider_message_id),
    constraint sms_outbox_state check (state in
        ('PENDING', 'SUPPRESSED', 'QUEUED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED')),
    constraint sms_outbox_purpose check (purpose in ('REPLY', 'CALLBACK_CONFIRMATION', 'DETAILS_TO_PHONE',
        'STAFF_REPLY', 'SURVEY_FOLLOW_UP', 'OPT_OUT_CONFIRMATION')),
    constraint sms_outbox_attempts check (attempts >= 0)
);

-- The worker's query: due PENDING rows, oldest due first.
create index sms_outbox_due on sms_outbox (state, next_attempt_at);
-- The texts of one callback request, for staff.
create index sms_outbox_callback on sms_outbox (callback_id, created_at);
