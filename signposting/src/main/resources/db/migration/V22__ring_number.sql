-- A number to ring other than the one a request came from: a resident texting from a mobile may ask to be rung on
-- a landline. Personal data, blanked with the request's other details.
alter table callback_request add column ring_phone varchar(16);

-- The number a text conversation offered to ring ("Shall we ring 01752 668000?") or was told to ring, until the
-- request is booked; erased with the rest of the conversation.
alter table sms_conversation add column ring_number varchar(16);

-- Two more places a text conversation can wait: YES or NO to a number offered to ring, and a new time for an open
-- request ("change the time").
alter table sms_conversation drop constraint sms_conversation_step;
alter table sms_conversation add constraint sms_conversation_step check (step in ('NONE', 'NAME', 'ABOUT', 'TIME',
    'CONSENT', 'RING_NUMBER', 'CHANGE_TIME', 'SURVEY_CHOICE', 'SURVEY_CONSENT', 'SURVEY_HUB', 'SURVEY_QUESTION',
    'SURVEY_FOLLOW_UP', 'EXPIRED'));
