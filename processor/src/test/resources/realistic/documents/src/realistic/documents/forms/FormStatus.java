package realistic.documents.forms;

/** Where a form definition is in its life. */
public enum FormStatus { DRAFT, PUBLISHED, RETIRED }
