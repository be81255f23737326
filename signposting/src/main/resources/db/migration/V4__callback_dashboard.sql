-- The callback dashboard counts requests by when they were made (one week at a time, one hub or all) and looks up
-- each request's first call attempt.

-- One hub's requests made in a week.
create index callback_request_hub_created on callback_request (hub_id, created_at);
-- Every hub's requests made in a week (admins' "all hubs").
create index callback_request_created on callback_request (created_at);
-- A request's first call attempt (min(attempted_at)), and its attempts' outcomes, from the index alone.
create index callback_attempt_first on callback_attempt (request_id, attempted_at, outcome);
