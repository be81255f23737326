-- A survey being answered by text, one question per message: which survey and version, the hub it is about, and the
-- answers so far (erased with the rest of the conversation after hub.conversation.idle-expiry, and at once when the
-- survey is finished or stopped). The survey's id alone outlives the expiry, so a late answer can be told the survey
-- timed out instead of being read as a search.
alter table sms_conversation add column survey_id varchar(64);
alter table sms_conversation add column survey_version integer;
alter table sms_conversation add column survey_hub_id varchar(64);
alter table sms_conversation add column survey_answers varchar(4000);

alter table sms_conversation drop constraint sms_conversation_step;
alter table sms_conversation add constraint sms_conversation_step check (step in ('NONE', 'NAME', 'ABOUT', 'TIME',
    'CONSENT', 'SURVEY_CHOICE', 'SURVEY_CONSENT', 'SURVEY_HUB', 'SURVEY_QUESTION', 'SURVEY_FOLLOW_UP', 'EXPIRED'));
