-- When the worker last handed this text to the carrier, written (and committed) just before the call and cleared when
-- the call's outcome is recorded. A PENDING row with it set is a send that was interrupted (the instance died, or the
-- call outlived its lease) and may have reached the carrier: the next claim asks the carrier before sending it again
-- (see messaging/OutboxWorker.java).
alter table sms_outbox add column send_started_at timestamp with time zone;
