package io.jpaproto.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realistic-model suite: three models written in the style of well-known applications (a pet clinic, an identity
 * server, a shop) under {@code src/test/resources/realistic/<model>/src}, each built the way users build:
 * <ol>
 *   <li>pass 1 ({@code -proc:only}) must write protos with no error and no warning; they are kept in
 *       {@code target/realistic-protos/<model>/} for CI's {@code buf lint};</li>
 *   <li>the real protoc must accept them;</li>
 *   <li>pass 2 (entities plus protoc's Java classes) must compile without a warning, so the generated mappers compile
 *       against real message classes;</li>
 *   <li>the schema must say what the entities mean: the facts in {@link #FACTS}, read from protoc's descriptors;</li>
 *   <li>no attribute excluded with {@code @ProtoIgnore} (secrets above all) may appear in any proto.</li>
 * </ol>
 * The protos of a model land in {@code target/realistic-protos/<model>}, the sources pass 2 generated in
 * {@code target/realistic-mappers/<model>} and each compilation's diagnostics in
 * {@code target/realistic-diagnostics/<model>-pass<N>.txt}.
 *
 * <p>A model compiles with the default options unless {@code realistic/<model>/jpaproto.properties} sets some, as
 * the {@code -A} options of its build would ({@code jpaproto.secrets=warn}); see {@link #options}.
 */
class RealisticModelsTest {
  private static final Path ROOT = Path.of("src", "test", "resources", "realistic");
  private static final Path PROTO_OUT = Path.of("target", "realistic-protos");
  private static final Path DIAGNOSTICS_OUT = Path.of("target", "realistic-diagnostics");
  /** The Java sources pass 2 generated (the mappers), for reading when they do not compile. */
  private static final Path MAPPERS_OUT = Path.of("target", "realistic-mappers");
  /** The models use no hand-written protos: an empty dependency folder. */
  private static final Path NO_PROTO_DEPS = Path.of("target", "realistic-no-proto-deps");

  // ---------------------------------------------------------------------------------------------------------------
  // What each model must become. One line per fact; the declaration is written as in a .proto file
  // ("optional int64", "repeated string", "map<string, string>", "realistic.shop.common.v1.Money").
  // ---------------------------------------------------------------------------------------------------------------

  private static final String PET = "realistic.petclinic.owner.v1.";
  private static final String VET = "realistic.petclinic.vet.v1.";
  private static final String REALM = "realistic.identity.realm.v1.";
  private static final String CLIENT = "realistic.identity.client.v1.";
  private static final String USER = "realistic.identity.user.v1.";
  private static final String ROLE = "realistic.identity.role.v1.";
  private static final String COMMON = "realistic.shop.common.v1.";
  private static final String CATALOG = "realistic.shop.catalog.v1.";
  private static final String CUSTOMER = "realistic.shop.customer.v1.";
  private static final String ORDERING = "realistic.shop.ordering.v1.";
  private static final String FORMS = "realistic.documents.forms.v1.";
  private static final String WORKFLOW = "realistic.documents.workflow.v1.";
  private static final String DASHBOARD = "realistic.documents.dashboard.v1.";
  private static final String SITE = "realistic.fleet.site.v1.";
  private static final String DEVICE = "realistic.fleet.device.v1.";

  private static final String ACCOUNT = "realistic.ledger.account.v1.";
  private static final String PARTY = "realistic.ledger.party.v1.";
  private static final String AUDIT = "realistic.ledger.audit.v1.";

  private static final String TEAM = "realistic.helpdesk.team.v1.";
  private static final String HELPDESK_WORKFLOW = "realistic.helpdesk.workflow.v1.";
  private static final String TICKET = "realistic.helpdesk.ticket.v1.";

  static final Map<String, List<Fact>> FACTS = Map.of(
      // DDD style: private fields, no getters or setters, protected or private no-argument constructors.
      "ledger", List.of(
          field(ACCOUNT + "Account", "id", "optional int64"),
          field(ACCOUNT + "Account", "version", "int64"),
          field(ACCOUNT + "Account", "number", "string"),
          field(ACCOUNT + "Account", "status", ACCOUNT + "AccountStatus"),
          field(ACCOUNT + "Account", "balance", ACCOUNT + "Money"),
          field(ACCOUNT + "Account", "overdraft_limit", ACCOUNT + "Money"),
          field(ACCOUNT + "Account", "holder_id", "string"),                 // a package-private UUID id elsewhere
          field(ACCOUNT + "Account", "labels", "repeated string"),
          field(ACCOUNT + "Money", "amount", "optional string"),         // overdraft_limit overrides it nullable
          field(ACCOUNT + "Posting", "account_id", "int64"),
          field(ACCOUNT + "Posting", "reversed", "bool"),
          field(PARTY + "Holder", "id", "optional string"),
          field(PARTY + "Holder", "display_name", "string"),
          field(AUDIT + "EveryTypeRecord", "primitive_char", "string"),
          field(AUDIT + "EveryTypeRecord", "bytes", "optional bytes"),
          field(AUDIT + "EveryTypeRecord", "offset_time", "optional string"),
          field(AUDIT + "EveryTypeRecord", "required_severity", AUDIT + "EveryTypeRecordSeverity")),
      "helpdesk", List.of(
          field(TEAM + "Agent", "id", "optional int64"),                       // AuditableEntity<Long>
          field(TEAM + "Agent", "created_at", "google.protobuf.Timestamp"),    // from the generic superclasses
          field(TEAM + "Agent", "version", "optional int64"),
          field(HELPDESK_WORKFLOW + "Stage", "id", "optional int64"),          // AbstractEntity<Long>
          field(HELPDESK_WORKFLOW + "Queue", "stages_by_code", "map<string, int64>"), // @OneToMany @MapKey(name = "code")
          field(HELPDESK_WORKFLOW + "Queue", "escalation_chain", "map<int32, int64>"), // @ManyToMany @MapKeyColumn
          field(HELPDESK_WORKFLOW + "Queue", "on_call_by_priority", "map<string, int64>"), // @MapKeyEnumerated
          field(HELPDESK_WORKFLOW + "Queue", "sla_hours_by_priority", "map<string, int32>"), // enum-keyed values
          field(TICKET + "Ticket", "stage_id", "optional int64"),              // relation + read-only stageId
          field(TICKET + "Ticket", "queue_id", "int64"),                       // read-only relation + queueId
          field(TICKET + "Ticket", "assignee_id", "optional int64"),
          field(TICKET + "Ticket", "priority", TICKET + "Priority"),
          field(TICKET + "TicketDetails", "id", "optional int64"),             // @MapsId: the ticket's id
          noField(TICKET + "TicketDetails", "ticket_id"),
          field(TICKET + "TicketWatcher", "ticket_id", "optional int64"),      // @Id @ManyToOne in an @IdClass
          field(TICKET + "TicketWatcher", "agent_id", "optional int64"),
          field(TICKET + "TicketWatcherId", "ticket", "optional int64"),       // the key, as relations carry it
          field(TICKET + "TicketWatcherId", "agent", "optional int64"),
          field(TICKET + "Notification", "watcher_id", TICKET + "TicketWatcherId"),
          noMessage("realistic.helpdesk.common.v1.AbstractEntity"),
          noImport("realistic/helpdesk/team/v1/team.proto", "realistic/helpdesk/ticket/v1/ticket.proto")),
      "petclinic", List.of(
          field(PET + "Pet", "id", "optional int32"),                          // from @MappedSuperclass BaseEntity
          field(PET + "Pet", "name", "optional string"),                       // from NamedEntity
          field(PET + "Pet", "birth_date", "google.type.Date"),
          field(PET + "Pet", "type_id", "optional int32"),                     // @ManyToOne PetType
          field(PET + "Pet", "owner_id", "optional int32"),                    // @ManyToOne Owner
          field(PET + "Pet", "visit_ids", "repeated int32"),                   // owning @OneToMany + @JoinColumn
          noField(PET + "Pet", "visits"),
          field(PET + "Owner", "first_name", "string"),                        // from Person, nullable = false
          field(PET + "Owner", "telephone", "string"),
          field(PET + "Owner", "version", "optional int32"),                   // @Version Integer
          noField(PET + "Owner", "pets"),                                      // inverse side (mappedBy)
          noField(PET + "Owner", "pet_ids"),
          field(PET + "Visit", "visit_date", "google.type.Date"),             // @ProtoField(name = "visit_date")
          noField(PET + "Visit", "date"),
          field(PET + "Visit", "description", "string"),
          field(PET + "Visit", "vet_id", "optional int32"),                    // across packages, by id
          field(PET + "PetType", "name", "optional string"),
          field(VET + "Vet", "specialty_ids", "repeated int32"),               // @ManyToMany, singular "specialty"
          field(VET + "Vet", "hired_on", "google.type.Date"),
          noField(VET + "Vet", "specialties"),
          noField(VET + "Vet", "nr_of_specialties"),                           // a getter, not an attribute
          field(VET + "Specialty", "name", "optional string"),
          noMessage("realistic.petclinic.model.v1.Person"),                    // mapped superclasses are no messages
          noImport("realistic/petclinic/owner/v1/owner.proto", "realistic/petclinic/vet/v1/vet.proto")),

      "identity", List.of(
          noMessage(REALM + "RealmEntity"),                                    // renamed with @ProtoMessage
          field(REALM + "Realm", "name", "string"),
          field(REALM + "Realm", "ssl_required", REALM + "SslRequired"),
          field(REALM + "Realm", "not_before", "optional int32"),
          field(REALM + "Realm", "supported_locales", "repeated string"),      // @ElementCollection Set<String>
          field(REALM + "Realm", "attributes", "map<string, string>"),         // @ElementCollection @MapKeyColumn
          field(REALM + "Realm", "created_at", "google.protobuf.Timestamp"),
          field(REALM + "Realm", "access_token_lifespan", "int32"),            // looks secret: @ProtoExposed
          field(REALM + "Realm", "password_policy", "optional string"),        // looks secret: @ProtoExposed
          field(CLIENT + "Client", "id", "optional string"),                   // property access from here on
          field(CLIENT + "Client", "client_id", "string"),
          field(CLIENT + "Client", "enabled", "bool"),
          field(CLIENT + "Client", "protocol", CLIENT + "ClientProtocol"),
          field(CLIENT + "Client", "realm_id", "string"),                      // @ManyToOne(optional = false)
          field(CLIENT + "Client", "redirect_uris", "repeated string"),
          field(CLIENT + "Client", "web_origins", "repeated string"),
          field(CLIENT + "Client", "attributes", "map<string, string>"),
          field(CLIENT + "Client", "version", "int64"),
          noField(CLIENT + "Client", "confidential"),                          // @Transient getter
          noField(CLIENT + "Client", "redirect_uris_as_text"),                 // @Transient getter
          option("realistic/identity/client/v1/client.proto", "java_package", "realistic.identity.client.api"),
          noMessage(USER + "UserEntity"),
          field(USER + "User", "id", "optional string"),
          field(USER + "User", "username", "string"),
          field(USER + "User", "realm_id", "string"),
          field(USER + "User", "created_timestamp", "google.protobuf.Timestamp"),
          field(USER + "User", "required_actions", "repeated " + USER + "RequiredAction"),   // enum collection
          field(USER + "User", "group_ids", "repeated string"),                // @ManyToMany, UUID ids
          field(USER + "User", "role_ids", "repeated string"),                 // @ManyToMany to the abstract root
          noField(USER + "User", "credential_ids"),                            // inverse side (mappedBy)
          noField(USER + "User", "attribute_ids"),                             // inverse side (mappedBy)
          noField(USER + "User", "attributes"),
          field(USER + "Credential", "type", USER + "CredentialType"),
          field(USER + "Credential", "user_id", "string"),
          field(USER + "Credential", "credential_data", "optional string"),    // looks secret: @ProtoExposed
          field(USER + "Credential", "hash_iterations", "int32"),              // looks secret: @ProtoExposed
          field(USER + "Credential", "algorithm", "optional string"),
          field(USER + "Credential", "user_label", "optional string"),
          field(USER + "Credential", "created_date", "google.protobuf.Timestamp"),
          field(USER + "Credential", "priority", "int32"),
          field(USER + "Group", "id", "optional string"),                      // java.util.UUID id
          field(USER + "Group", "parent_id", "optional string"),               // self reference
          field(USER + "Group", "realm_id", "string"),
          field(USER + "Group", "attributes", "map<string, string>"),
          noField(USER + "Group", "member_ids"),                               // inverse @ManyToMany
          field(USER + "UserAttribute", "user_id", "optional string"),
          field(USER + "FederatedIdentity", "user_id", "optional string"),     // @IdClass part
          field(USER + "FederatedIdentity", "identity_provider", "optional string"),
          field(ROLE + "RealmRole", "id", "optional string"),                  // SINGLE_TABLE: root attributes
          field(ROLE + "RealmRole", "name", "string"),
          field(ROLE + "RealmRole", "realm_id", "string"),
          field(ROLE + "RealmRole", "composite_role_ids", "repeated string"),
          field(ROLE + "RealmRole", "default_role", "bool"),
          field(ROLE + "ClientRole", "name", "string"),
          field(ROLE + "ClientRole", "client_id", "optional string"),
          field(ROLE + "ClientRole", "composite_role_ids", "repeated string"),
          noField(ROLE + "ClientRole", "default_role")),

      "shop", List.of(
          field(COMMON + "Money", "amount", "string"),                         // @Embeddable, exact decimal text
          field(COMMON + "Money", "currency", "string"),
          // Optional: Customer.shippingAddress overrides its column with a nullable one (@AttributeOverride).
          field(COMMON + "Address", "street", "optional string"),
          field(COMMON + "Address", "country_code", "optional string"),
          field(COMMON + "Address", "region", "optional string"),
          field(CUSTOMER + "Customer", "id", "optional int64"),                // AuditedEntity<Long>
          field(CUSTOMER + "Customer", "created_at", "google.protobuf.Timestamp"),
          field(CUSTOMER + "Customer", "billing_address", COMMON + "Address"), // @Embedded + @AttributeOverrides
          field(CUSTOMER + "Customer", "shipping_address", COMMON + "Address"),
          field(CUSTOMER + "Customer", "saved_addresses", "repeated " + COMMON + "Address"),
          field(CUSTOMER + "Customer", "marketing_consents", "repeated " + CUSTOMER + "MarketingChannel"),
          field(CUSTOMER + "Customer", "loyalty_points", "int64"),
          field(CUSTOMER + "Customer", "lifetime_spend_minor", "optional string"),   // BigInteger, precision 24
          field(CUSTOMER + "Customer", "version", "optional int64"),
          field(ORDERING + "Order", "order_number", "string"),
          field(ORDERING + "Order", "status", ORDERING + "OrderStatus"),
          field(ORDERING + "Order", "customer_id", "int64"),                   // @ManyToOne(optional = false)
          field(ORDERING + "Order", "total", COMMON + "Money"),
          field(ORDERING + "Order", "ship_to", COMMON + "Address"),
          field(ORDERING + "Order", "placed_at", "google.protobuf.Timestamp"),
          field(ORDERING + "Order", "version", "int64"),
          noField(ORDERING + "Order", "line_ids"),                             // inverse sides (mappedBy)
          noField(ORDERING + "Order", "payment_ids"),
          field(ORDERING + "OrderLine", "id", ORDERING + "OrderLineId"),       // @EmbeddedId (a record)
          noField(ORDERING + "OrderLine", "order_id"),                         // @MapsId("orderId"): in the id
          field(ORDERING + "OrderLine", "product_id", "int64"),                // across packages, JOINED root
          field(ORDERING + "OrderLine", "quantity", "int32"),
          field(ORDERING + "OrderLine", "unit_price", COMMON + "Money"),       // Money twice, overridden columns
          field(ORDERING + "OrderLine", "line_total", COMMON + "Money"),
          field(ORDERING + "OrderLineId", "order_id", "int64"),
          field(ORDERING + "OrderLineId", "line_number", "int32"),
          field(ORDERING + "ReturnRequest", "order_line_id", ORDERING + "OrderLineId"),  // target has a composite id
          field(ORDERING + "ReturnRequest", "reason", ORDERING + "ReturnReason"),
          field(ORDERING + "CardPayment", "id", "optional int64"),             // TABLE_PER_CLASS: root attributes
          field(ORDERING + "CardPayment", "order_id", "int64"),
          field(ORDERING + "CardPayment", "amount", COMMON + "Money"),
          field(ORDERING + "CardPayment", "status", ORDERING + "PaymentStatus"),
          field(ORDERING + "CardPayment", "last_four_digits", "string"),
          field(ORDERING + "CardPayment", "expiry_month", "int32"),
          field(ORDERING + "BankTransfer", "iban", "string"),
          field(ORDERING + "BankTransfer", "value_date", "google.type.Date"),
          field(ORDERING + "BankTransfer", "amount", COMMON + "Money"),
          field(CATALOG + "Book", "id", "optional int64"),                     // JOINED: root and superclass
          field(CATALOG + "Book", "sku", "string"),
          field(CATALOG + "Book", "list_price", COMMON + "Money"),
          field(CATALOG + "Book", "units_sold", "optional int64"),             // BigInteger, no precision
          field(CATALOG + "Book", "category_ids", "repeated int64"),
          field(CATALOG + "Book", "specifications", "map<string, string>"),
          field(CATALOG + "Book", "tags", "repeated string"),
          field(CATALOG + "Book", "version", "optional int32"),
          field(CATALOG + "Book", "isbn", "string"),
          field(CATALOG + "Book", "page_count", "int32"),
          field(CATALOG + "Book", "published_on", "google.type.Date"),
          field(CATALOG + "Book", "format", CATALOG + "BookFormat"),
          noField(CATALOG + "Book", "kind"),                                   // a getter, not an attribute
          field(CATALOG + "Electronics", "sku", "string"),
          field(CATALOG + "Electronics", "weight_kg", "optional string"),
          field(CATALOG + "Electronics", "warranty_months", "optional int32"),
          field(CATALOG + "Electronics", "battery_life", "google.protobuf.Duration"),
          field(CATALOG + "Category", "parent_id", "optional int64"),
          noField(CATALOG + "Category", "product_ids"),                        // inverse @ManyToMany
          field(CATALOG + "Warehouse", "location", COMMON + "Address"),
          field(CATALOG + "StockLevel", "warehouse_id", "optional int64"),     // @IdClass parts
          field(CATALOG + "StockLevel", "sku", "optional string"),
          field(CATALOG + "StockLevel", "received_total", "int64"),
          field(CATALOG + "StockLevel", "version", "int64"),
          field(CATALOG + "ProductReview", "product_id", "int64"),
          field(CATALOG + "ProductReview", "author_id", "int64"),              // catalog -> customer, by id
          field(CATALOG + "ProductReview", "verified_purchase_id", "optional int64"),    // catalog -> ordering
          field(CATALOG + "ProductReview", "rating", "int32"),
          noImport("realistic/shop/catalog/v1/catalog.proto", "realistic/shop/ordering/v1/ordering.proto"),
          noImport("realistic/shop/ordering/v1/ordering.proto", "realistic/shop/catalog/v1/catalog.proto"),
          imports("realistic/shop/ordering/v1/ordering.proto", "realistic/shop/common/v1/common.proto")),

      "documents", List.of(
          field(FORMS + "FormDefinition", "schema", "optional string"),        // @Convert(JsonConverter) Object
          field(FORMS + "FormDefinition", "ui_schema", "optional string"),
          field(FORMS + "FormDefinition", "metadata", "optional string"),      // from the @MappedSuperclass
          field(FORMS + "FormDefinition", "created_by", "string"),             // auto-applied AccountId -> UUID
          field(FORMS + "FormDefinition", "updated_by", "optional string"),
          field(FORMS + "FormDefinition", "owner", "optional string"),
          field(FORMS + "FormDefinition", "status", FORMS + "FormStatus"),
          field(FORMS + "FormDefinition", "published_at", "google.protobuf.Timestamp"),
          field(FORMS + "FormDefinition", "version", "int64"),
          field(FORMS + "FormSubmission", "form_id", "int64"),
          field(FORMS + "FormSubmission", "submitted_by", "string"),
          field(FORMS + "FormSubmission", "data", "optional string"),
          field(FORMS + "FormSubmission", "watchers", "repeated string"),      // auto-applied to the elements
          field(WORKFLOW + "Workflow", "steps", "repeated string"),            // @Convert on element values
          field(WORKFLOW + "Workflow", "retry_policy", "optional string"),
          field(WORKFLOW + "WorkflowRun", "step_results", "map<string, string>"),   // attributeName = "value"
          field(WORKFLOW + "WorkflowRun", "workflow_id", "int64"),
          field(WORKFLOW + "WorkflowRun", "started_by", "optional string"),
          field(WORKFLOW + "ApiClient", "id", "optional string"),
          field(WORKFLOW + "ApiClient", "permissions", "optional string"),     // List<Permission>, generic converter
          field(WORKFLOW + "ApiClient", "delegates", "map<string, string>"),   // attributeName = "key"
          field(WORKFLOW + "ApiClient", "owner", "string"),
          field(WORKFLOW + "NotificationRule", "channels", "string"),
          field(WORKFLOW + "NotificationRule", "recipients", "repeated string"),
          field(DASHBOARD + "Dashboard", "widgets", "repeated " + DASHBOARD + "Widget"),
          field(DASHBOARD + "Dashboard", "shared_with", "repeated string"),
          field(DASHBOARD + "Widget", "kind", "string"),
          field(DASHBOARD + "Widget", "config", "optional string"),            // @Convert inside an embeddable
          noMessage(WORKFLOW + "Permission"),
          noMessage("realistic.documents.common.v1.AccountId")),

      "fleet", List.of(
          field(SITE + "Site", "locale", "string"),                            // BCP 47 tag
          field(SITE + "Site", "currency", "optional string"),                 // ISO 4217 code
          field(SITE + "Site", "legacy_time_zone", "optional string"),
          field(SITE + "Site", "zone", "optional string"),
          field(SITE + "Site", "standard_offset", "optional string"),
          field(SITE + "Site", "homepage", "optional string"),
          field(SITE + "Site", "support_uri", "optional string"),
          field(SITE + "Site", "code", "optional string"),                     // char[]
          field(SITE + "Site", "founded_in", "optional int32"),
          field(SITE + "Site", "contract_start", "google.type.Date"),          // YearMonth: day 0
          field(SITE + "Site", "inspection_due", "google.type.Date"),          // MonthDay: year 0
          field(SITE + "Site", "warranty", "optional string"),                 // ISO-8601 period
          field(SITE + "Site", "daily_report_at", "optional string"),
          field(DEVICE + "Device", "id", "optional string"),
          field(DEVICE + "Device", "site_id", "optional int64"),
          field(DEVICE + "Device", "tags", "repeated string"),                 // String[]: a SQL array
          field(DEVICE + "Device", "calibration", "repeated int32"),           // int[]
          field(DEVICE + "Device", "counters", "repeated int64"),              // Long[]
          field(DEVICE + "Device", "peers", "repeated string"),                // UUID[]
          field(DEVICE + "Device", "capabilities", "repeated " + DEVICE + "Capability"),   // enum array
          field(DEVICE + "FirmwareImage", "image", "optional bytes"),          // Blob
          field(DEVICE + "FirmwareImage", "release_notes", "optional string"), // Clob
          field(DEVICE + "FirmwareImage", "localized_notes", "optional string"))); // NClob

  /** The proto names of every attribute excluded with {@code @ProtoIgnore}: none may appear in any proto. */
  static final Map<String, List<String>> IGNORED = Map.of(
      "ledger", List.of(),
      "helpdesk", List.of(),
      "petclinic", List.of(),
      "identity", List.of("secret_data", "salt", "password_hash", "secret", "registration_token", "token"),
      "shop", List.of("password_hash", "api_key", "card_token"),
      "documents", List.of(),
      "fleet", List.of());

  /** The concrete entities of each model, each of which must get a {@code <Entity>ProtoMapper} in pass 2. */
  static final Map<String, List<String>> MAPPED_ENTITIES = Map.of(
      "ledger", List.of("realistic.ledger.account.Account", "realistic.ledger.account.Posting",
          "realistic.ledger.party.Holder", "realistic.ledger.audit.EveryTypeRecord"),
      "helpdesk", List.of("realistic.helpdesk.team.Agent", "realistic.helpdesk.workflow.Stage",
          "realistic.helpdesk.workflow.Queue", "realistic.helpdesk.ticket.Ticket",
          "realistic.helpdesk.ticket.TicketDetails", "realistic.helpdesk.ticket.TicketWatcher",
          "realistic.helpdesk.ticket.Notification"),
      "petclinic", List.of("realistic.petclinic.owner.Owner", "realistic.petclinic.owner.Pet",
          "realistic.petclinic.owner.PetType", "realistic.petclinic.owner.Visit", "realistic.petclinic.vet.Vet",
          "realistic.petclinic.vet.Specialty"),
      "identity", List.of("realistic.identity.realm.RealmEntity", "realistic.identity.client.ClientEntity",
          "realistic.identity.user.UserEntity", "realistic.identity.user.CredentialEntity",
          "realistic.identity.user.GroupEntity", "realistic.identity.user.UserAttributeEntity",
          "realistic.identity.user.FederatedIdentityEntity", "realistic.identity.role.RealmRole",
          "realistic.identity.role.ClientRole"),
      "shop", List.of("realistic.shop.catalog.Book", "realistic.shop.catalog.Electronics",
          "realistic.shop.catalog.Category", "realistic.shop.catalog.Warehouse", "realistic.shop.catalog.StockLevel",
          "realistic.shop.catalog.ProductReview", "realistic.shop.customer.Customer", "realistic.shop.ordering.Order",
          "realistic.shop.ordering.OrderLine", "realistic.shop.ordering.ReturnRequest",
          "realistic.shop.ordering.CardPayment", "realistic.shop.ordering.BankTransfer"),
      "documents", List.of("realistic.documents.forms.FormDefinition", "realistic.documents.forms.FormSubmission",
          "realistic.documents.workflow.Workflow", "realistic.documents.workflow.WorkflowRun",
          "realistic.documents.workflow.ApiClient", "realistic.documents.workflow.NotificationRule",
          "realistic.documents.dashboard.Dashboard"),
      "fleet", List.of("realistic.fleet.site.Site", "realistic.fleet.device.Device",
          "realistic.fleet.device.FirmwareImage"));

  static List<String> models() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyModelHasItsTables() {
    assertEquals(Set.copyOf(models()), FACTS.keySet(), "models with facts");
    assertEquals(Set.copyOf(models()), IGNORED.keySet(), "models with a list of ignored attributes");
    assertEquals(Set.copyOf(models()), MAPPED_ENTITIES.keySet(), "models with a list of mapped entities");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void firstPassWritesProtosWithoutWarnings(String model) {
    Compilation firstPass = firstPass(model);
    assertThat(firstPass).succeededWithoutWarnings();
    assertFalse(protos(model).isEmpty(), "pass 1 wrote no proto file");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void protocAcceptsTheProtos(String model) {
    Map<String, String> protos = requireProtos(model);
    FileDescriptorSet set = descriptors(model);
    for (String file : protos.keySet()) {
      assertTrue(set.getFileList().stream().anyMatch(descriptor -> descriptor.getName().equals(file)),
          "protoc produced no descriptor for " + file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void mappersCompileAgainstProtocClasses(String model) {
    requireProtos(model);
    Compilation secondPass = secondPass(model);
    assertThat(secondPass).succeededWithoutWarnings();
    Set<String> mappers = ProcessorRun.generatedSources(secondPass, "ProtoMapper.java").keySet();
    for (String entity : MAPPED_ENTITIES.get(model)) {
      String mapper = entity.replace('.', '/') + "ProtoMapper.java";
      assertTrue(mappers.contains(mapper), "no mapper " + mapper + " among " + mappers);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void ignoredAttributesAppearInNoProto(String model) {
    Map<String, String> protos = requireProtos(model);
    for (String name : IGNORED.get(model)) {
      Pattern declaration = Pattern.compile("\\s" + Pattern.quote(name) + " = \\d+");
      Pattern reserved = Pattern.compile("reserved[^;]*\"" + Pattern.quote(name) + "\"");
      protos.forEach((file, content) -> {
        // Names with an underscore are distinctive enough that not even a comment may carry them.
        assertFalse(name.contains("_") && content.contains(name), file + " mentions the ignored field " + name);
        assertFalse(declaration.matcher(content).find(), file + " declares the ignored field " + name);
        assertFalse(reserved.matcher(content).find(), file + " names the ignored field " + name + " as reserved");
      });
      Schema schema = schema(model);
      for (DescriptorProto message : schema.messages.values()) {
        for (FieldDescriptorProto field : message.getFieldList()) {
          assertFalse(field.getName().equals(name), "message " + message.getName() + " has ignored field " + name);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicContainer> theSchemaSaysWhatTheEntitiesMean() {
    return models().stream().map(model -> DynamicContainer.dynamicContainer(model,
        FACTS.getOrDefault(model, List.of()).stream().map(fact -> DynamicTest.dynamicTest(fact.title(),
            () -> fact.check().accept(schema(model))))));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Facts
  // ---------------------------------------------------------------------------------------------------------------

  /** One assertion about a model's schema. */
  record Fact(String title, Consumer<Schema> check) {
  }

  /** Message {@code message} (full proto name) has field {@code field} declared as {@code declaration}. */
  static Fact field(String message, String field, String declaration) {
    return new Fact(shortName(message) + "." + field + " is " + declaration, schema -> {
      DescriptorProto descriptor = schema.message(message);
      FieldDescriptorProto actual = descriptor.getFieldList().stream()
          .filter(candidate -> candidate.getName().equals(field)).findFirst().orElse(null);
      assertNotNull(actual, message + " has no field " + field + "; it has:\n" + schema.render(descriptor));
      assertEquals(declaration, schema.declaration(actual), message + "." + field + " in:\n" + schema.render(descriptor));
    });
  }

  static Fact noField(String message, String field) {
    return new Fact(shortName(message) + " has no field " + field, schema -> {
      DescriptorProto descriptor = schema.message(message);
      assertFalse(descriptor.getFieldList().stream().anyMatch(candidate -> candidate.getName().equals(field)),
          message + " has field " + field + ":\n" + schema.render(descriptor));
    });
  }

  static Fact noMessage(String message) {
    return new Fact("there is no message " + message, schema -> assertFalse(schema.messages.containsKey(message),
        "there is a message " + message + "; messages: " + schema.messages.keySet()));
  }

  static Fact imports(String file, String dependency) {
    return new Fact(file + " imports " + dependency,
        schema -> assertTrue(schema.file(file).getDependencyList().contains(dependency),
            file + " imports " + schema.file(file).getDependencyList()));
  }

  static Fact noImport(String file, String dependency) {
    return new Fact(file + " does not import " + dependency, schema -> {
      if (schema.files.containsKey(file)) {
        assertFalse(schema.file(file).getDependencyList().contains(dependency),
            file + " imports " + schema.file(file).getDependencyList());
      } else {
        assertFalse(schema.files.isEmpty(), "no proto at all");
      }
    });
  }

  static Fact option(String file, String option, String value) {
    return new Fact(file + " has option " + option + " = \"" + value + "\"", schema -> {
      assertEquals("java_package", option, "only java_package is supported here");
      assertEquals(value, schema.file(file).getOptions().getJavaPackage(), file + " " + option);
    });
  }

  private static String shortName(String message) {
    return message.substring(message.lastIndexOf('.') + 1);
  }

  /** The model's own files and messages (including nested ones, such as map entries), from protoc's descriptors. */
  static final class Schema {
    final Map<String, FileDescriptorProto> files = new LinkedHashMap<>();
    final Map<String, DescriptorProto> messages = new LinkedHashMap<>();
    private final Map<String, DescriptorProto> allMessages = new LinkedHashMap<>();

    Schema(FileDescriptorSet set, Set<String> ownFiles) {
      for (FileDescriptorProto file : set.getFileList()) {
        boolean own = ownFiles.contains(file.getName());
        if (own) {
          files.put(file.getName(), file);
        }
        for (DescriptorProto message : file.getMessageTypeList()) {
          index(file.getPackage() + "." + message.getName(), message, own);
        }
      }
    }

    private void index(String name, DescriptorProto message, boolean own) {
      allMessages.put(name, message);
      if (own) {
        messages.put(name, message);
      }
      for (DescriptorProto nested : message.getNestedTypeList()) {
        index(name + "." + nested.getName(), nested, own);
      }
    }

    FileDescriptorProto file(String name) {
      FileDescriptorProto file = files.get(name);
      if (file == null) {
        fail("no proto file " + name + "; files: " + files.keySet());
      }
      return file;
    }

    DescriptorProto message(String name) {
      DescriptorProto message = messages.get(name);
      if (message == null) {
        fail("no message " + name + "; messages: " + messages.keySet());
      }
      return message;
    }

    /** The field as a .proto file declares it: {@code optional int64}, {@code map<string, string>}, ... */
    String declaration(FieldDescriptorProto field) {
      if (field.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED
          && field.getType() == FieldDescriptorProto.Type.TYPE_MESSAGE) {
        DescriptorProto entry = allMessages.get(field.getTypeName().substring(1));
        if (entry != null && entry.getOptions().getMapEntry()) {
          return "map<" + type(entry.getField(0)) + ", " + type(entry.getField(1)) + ">";
        }
      }
      String prefix = field.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED ? "repeated "
          : field.getProto3Optional() ? "optional " : "";
      return prefix + type(field);
    }

    private static String type(FieldDescriptorProto field) {
      return switch (field.getType()) {
        case TYPE_MESSAGE, TYPE_ENUM -> field.getTypeName().substring(1);
        default -> field.getType().name().substring("TYPE_".length()).toLowerCase(Locale.ROOT);
      };
    }

    String render(DescriptorProto message) {
      return message.getFieldList().stream()
          .map(field -> "  " + declaration(field) + " " + field.getName() + " = " + field.getNumber() + ";")
          .collect(Collectors.joining("\n"));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The build, once per model
  // ---------------------------------------------------------------------------------------------------------------

  private static final Map<String, Compilation> FIRST_PASSES = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, String>> PROTOS = new ConcurrentHashMap<>();
  private static final Map<String, FileDescriptorSet> DESCRIPTORS = new ConcurrentHashMap<>();
  private static final Map<String, Compilation> SECOND_PASSES = new ConcurrentHashMap<>();

  /**
   * The processor options of a model: the keys and values of {@code realistic/<model>/jpaproto.properties} (such as
   * {@code jpaproto.secrets = warn}), or none. Both passes and {@code RealisticRoundTripTest} use them.
   */
  static Map<String, String> options(String model) {
    Path file = ROOT.resolve(model).resolve("jpaproto.properties");
    if (!Files.exists(file)) {
      return Map.of();
    }
    java.util.Properties properties = new java.util.Properties();
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> options = new java.util.TreeMap<>();
    properties.stringPropertyNames().forEach(key -> options.put(key, properties.getProperty(key)));
    return options;
  }

  private static List<JavaFileObject> modelSources(String model) {
    return ProcessorRun.sourcesIn(ROOT.resolve(model).resolve("src"));
  }

  private static synchronized Compilation firstPass(String model) {
    return FIRST_PASSES.computeIfAbsent(model, name -> {
      Compilation compilation = ProcessorRun.compile(options(name), modelSources(name));
      writeDiagnostics(name, 1, compilation);
      return compilation;
    });
  }

  /** The protos of pass 1, also written to {@code target/realistic-protos/<model>} (emptied when there are none). */
  private static synchronized Map<String, String> protos(String model) {
    return PROTOS.computeIfAbsent(model, name -> {
      Map<String, String> protos = ProcessorRun.protos(firstPass(name));
      Path out = PROTO_OUT.resolve(name);
      GoldenCases.writeTree(out, protos);
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return protos;
    });
  }

  private static Map<String, String> requireProtos(String model) {
    Map<String, String> protos = protos(model);
    if (protos.isEmpty()) {
      fail("pass 1 wrote no proto, so there is nothing to check; its diagnostics:\n"
          + summary(firstPass(model)));
    }
    return protos;
  }

  private static synchronized FileDescriptorSet descriptors(String model) {
    FileDescriptorSet set = DESCRIPTORS.get(model);
    if (set == null) {
      Map<String, String> protos = requireProtos(model);
      set = Protoc.compileTree(PROTO_OUT.resolve(model), List.copyOf(protos.keySet()));
      DESCRIPTORS.put(model, set);
    }
    return set;
  }

  private static Schema schema(String model) {
    return new Schema(descriptors(model), protos(model).keySet());
  }

  private static synchronized Compilation secondPass(String model) {
    return SECOND_PASSES.computeIfAbsent(model, name -> {
      List<JavaFileObject> sources = new ArrayList<>(modelSources(name));
      sources.addAll(ProcessorRun.sources(Protoc.generateJava(requireProtos(name), NO_PROTO_DEPS)));
      Compilation compilation = ProcessorRun.compileFully(options(name), sources);
      writeDiagnostics(name, 2, compilation);
      // A failed compilation keeps its generated files to itself; a -proc:only run of the same sources writes the
      // same mappers without compiling them.
      Compilation generating = compilation.status() == Compilation.Status.SUCCESS ? compilation
          : ProcessorRun.compile(options(name), sources);
      if (generating.status() == Compilation.Status.SUCCESS) {
        GoldenCases.writeTree(MAPPERS_OUT.resolve(name), ProcessorRun.generatedSources(generating, ".java"));
      }
      return compilation;
    });
  }

  private static String summary(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .map(RealisticModelsTest::line)
        .collect(Collectors.joining("\n"));
  }

  private static String line(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where = diagnostic.getSource() == null ? ""
        : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + " ";
    return diagnostic.getKind() + " " + where + diagnostic.getMessage(Locale.ROOT);
  }

  private static void writeDiagnostics(String model, int pass, Compilation compilation) {
    try {
      Files.createDirectories(DIAGNOSTICS_OUT);
      String all = compilation.diagnostics().stream()
          .map(RealisticModelsTest::line)
          .collect(Collectors.joining("\n"));
      Files.writeString(DIAGNOSTICS_OUT.resolve(model + "-pass" + pass + ".txt"), all + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
