-- Wellbeing and satisfaction survey responses (see survey/store/StoredSurveyResponses.java).
-- Anonymous by default: a response holds no name and no number. A resident who agrees to a follow-up survey is
-- linked across responses only by follow_up_key, a keyed hash (HMAC-SHA256 with a server secret) of their number,
-- which cannot be turned back into the number without the secret. Their number itself is kept in clear only in
-- survey_follow_up, until the follow-up text is queued or cancelled.
-- Personal data: survey_follow_up.phone (erased when sent or cancelled); survey_answer.text (free-text comments may
-- name people: erased after hub.surveys.comment-retention, text_erased_at says when). Scores and answer values stay.
-- hub_id is not a foreign key, as in callback_request: a response must outlive a hub being renamed or archived.

create table survey_response (
    id              uuid            not null primary key,
    survey_id       varchar(64)     not null,
    version         integer         not null,
    -- Survey.fingerprint() of the version asked: proves later that the version's file was not edited in place
    fingerprint     varchar(64)     not null,
    hub_id          varchar(64)     not null,
    channel         varchar(20)     not null,
    language        varchar(10)     not null,
    answered_at     timestamp with time zone not null,
    -- the score as worked out when it was answered, by that version's definition; never recomputed
    raw_score       integer,
    metric_score    numeric(5, 2),
    band_id         varchar(40),
    follow_up_key   varchar(64),
    entered_by      varchar(100),
    constraint survey_response_channel check (channel in ('KIOSK', 'SMS', 'STAFF_ASSISTED')),
    constraint survey_response_assisted check ((channel = 'STAFF_ASSISTED') = (entered_by is not null))
);

-- The reports: one survey over a period, all hubs or some.
create index survey_response_period on survey_response (survey_id, answered_at, hub_id);
create index survey_response_hub on survey_response (hub_id, survey_id, answered_at);
-- Before/after pairs: one person's responses.
create index survey_response_follow_up on survey_response (follow_up_key, answered_at);

-- One row per question answered. answer_value for number answers ("value" is reserved in H2); text for free-text
-- comments (personal data). survey_id, version, hub_id and answered_at repeat the response's (a response never
-- changes), so the reports count answers for a period without joining a million answers to their responses.
create table survey_answer (
    response_id     uuid            not null references survey_response (id),
    question_id     varchar(64)     not null,
    answer_value    integer,
    text            varchar(2000),
    text_erased_at  timestamp with time zone,
    survey_id       varchar(64)     not null,
    version         integer         not null,
    hub_id          varchar(64)     not null,
    answered_at     timestamp with time zone not null,
    constraint survey_answer_pk primary key (response_id, question_id)
);

-- The reports: one survey's answers over a period, all hubs or some; comments newest first.
create index survey_answer_period on survey_answer (survey_id, answered_at, hub_id);
-- The nightly retention job: comments by when they were made.
create index survey_answer_text on survey_answer (answered_at, text_erased_at);

-- Follow-up surveys residents agreed to: texted once due_at has passed (PENDING -> SENT), unless they opted out
-- (OPTED_OUT), answered again before it was due or the survey is no longer offered by text (CANCELLED).
-- phone is personal data: set only while PENDING.
create table survey_follow_up (
    id              uuid            not null primary key,
    follow_up_key   varchar(64)     not null,
    phone           varchar(16),
    survey_id       varchar(64)     not null,
    response_id     uuid            not null references survey_response (id),
    due_at          timestamp with time zone not null,
    state           varchar(20)     not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    closed_at       timestamp with time zone,
    outbox_id       uuid,
    constraint survey_follow_up_state check (state in ('PENDING', 'SENT', 'OPTED_OUT', 'CANCELLED')),
    constraint survey_follow_up_phone check ((state = 'PENDING') = (phone is not null))
);

create index survey_follow_up_due on survey_follow_up (state, due_at);
create index survey_follow_up_key on survey_follow_up (follow_up_key, survey_id, state);

-- The follow-up secret generated on first start when hub.surveys.follow-up-secret is not set (the default
-- profile, H2 quickstart only; the postgres profile refuses to start without the setting). One row.
create table survey_secret (
    id              integer         not null primary key,
    secret          varchar(100)    not null,
    created_at      timestamp with time zone not null,
    constraint survey_secret_one check (id = 1)
);
