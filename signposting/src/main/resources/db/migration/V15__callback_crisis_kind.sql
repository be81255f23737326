-- Why the system made a callback request urgent: the kind of danger the resident's words may have been about, as
-- crisis.CrisisKind ids (suicide, self-harm, abuse, medical, ...), never the words themselves. Null when crisis
-- words did not make it urgent (staff marked it, or it is not urgent). Set when the request is made and never
-- changed: staff marking it not urgent keep it for the record (it then no longer sorts first), and erasure keeps it
-- (it is not the resident's details; the dashboard counts crisis requests' time to first contact from it).
alter table callback_request add column crisis_kind varchar(20);
