package uk.plymouth.wellbeing.signposting.callback.report;

/** A hub the viewer may see on the dashboard, by id and name (the id when it is no longer in the directory). */
public record DashboardHub(String id, String name) {}
