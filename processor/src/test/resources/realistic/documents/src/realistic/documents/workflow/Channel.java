package realistic.documents.workflow;

/** Where a notification goes. */
public enum Channel { EMAIL, SMS, PUSH, WEBHOOK, SLACK }
