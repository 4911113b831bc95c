package realistic.documents.workflow;

/** What an API client may do. */
public enum Permission { READ_FORMS, WRITE_FORMS, SUBMIT, REVIEW, RUN_WORKFLOWS, ADMIN }
