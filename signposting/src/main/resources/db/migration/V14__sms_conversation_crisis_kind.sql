-- The kind of danger crisis words in a text were about (suicide, abuse, medical, ...), so a callback asked for
-- afterwards can tell staff why it is urgent without keeping the words. Null when not urgent.
alter table sms_conversation add column crisis_kind varchar(20);
