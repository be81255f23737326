-- When staff first rang each request (whatever the outcome), kept on the request itself so the callback dashboard
-- counts "contacted", "within target" and the median time to first contact from the requests' own rows instead of
-- looking up every request's attempts. Set by the app at the first call attempt; kept when a request is reopened and
-- when its personal details are erased (it is not personal data).

alter table callback_request add column first_attempt_at timestamp with time zone;

update callback_request set first_attempt_at =
    (select min(a.attempted_at) from callback_attempt a where a.request_id = callback_request.id)
where exists (select 1 from callback_attempt a where a.request_id = callback_request.id);

-- Requests made in a period (one week at a time), every hub or one, with what "contacted", "within target" and the
-- median need next to them.
create index callback_request_first_attempt on callback_request (created_at, hub_id, first_attempt_at, due_at);
