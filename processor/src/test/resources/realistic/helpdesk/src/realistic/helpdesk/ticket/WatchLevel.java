package realistic.helpdesk.ticket;

/** What a watcher is told about. */
public enum WatchLevel {
  /** Every comment and change. */
  ALL,
  /** Stage changes and the resolution only. */
  MILESTONES
}
