-- The language a conversation by text is in ('en' or 'pl'), so a Polish resident's "1" or "TAK" is answered in
-- Polish. Kept while the conversation is (it goes with the row, after hub.conversation.forget-after).
alter table sms_conversation add column language varchar(2);
