#!/usr/bin/env python3
"""Writes N synthetic JPA entities into a source tree, for the compile-time benchmark.

The output is a function of (--count, --seed, --per-package, --basic-only) only: the same arguments always give
byte-identical files, so two machines (or two commits) compile exactly the same code.

Layout under --out:
  src/bench/common/BaseEntity.java        generic @MappedSuperclass: id, version, createdAt
  src/bench/common/{Status,Priority}.java enums shared by every package
  src/bench/common/Money.java             an @Embeddable record shared by every package (not with --basic-only)
  src/bench/pNNN/*.java                   ~--per-package entities, 3 package enums and (not with --basic-only) an
                                          @Embeddable Address per package
  entities.txt                            the fully qualified entity names, one a line (for the driver's checks)
  embeddables.txt                         the fully qualified @Embeddable names (empty with --basic-only)
  summary.txt                             one line: what was generated (the line printed on stderr)

Per entity: 10 to 15 attributes (inherited ones included). The basic ones: a Long id (@Id @GeneratedValue),
Strings with @Column(length, nullable), int/long/boolean and wrappers, BigDecimal, BigInteger, Instant, LocalDate,
LocalDateTime, UUID, byte[], enums (@Enumerated), @Version. About half the entities extend BaseEntity<Long> or
BaseEntity<UUID>. Every attribute has a getter and a setter, and entities and some attributes carry Javadoc, as
hand-written entities do.

The default mix also has relations, embeddables and collections, drawn per entity:
  - @ManyToOne(fetch = LAZY) to another entity of the same package (50%); the target gets the inverse
    @OneToMany(mappedBy) List (with a getter only)
  - @ManyToOne(fetch = LAZY) to an entity of an earlier package (20%, from the second package on)
  - @ManyToMany Set to another entity of the same package, the owning side (15%)
  - @Embedded Address, the package's @Embeddable class (30%)
  - @Embedded Money, the shared @Embeddable record (25%)
  - @ElementCollection Set<String> tags (20%)
They take the place of basic attributes, so the attribute count stays 10 to 15.

--basic-only writes the basic attributes alone: the mix of the first compile-time runs, from when jpaproto reported
relations as errors (JP102); it writes the same source files as the generator of that time.

Standard library only.
"""

import argparse
import random
import re
import sys
from pathlib import Path

BASE_PACKAGE = "bench"
COMMON = BASE_PACKAGE + ".common"

PREFIXES = [
    "Account", "Billing", "Catalog", "Customer", "Delivery", "Employee", "Freight", "Inventory", "Invoice",
    "Ledger", "Loyalty", "Market", "Member", "Order", "Partner", "Payment", "Pricing", "Product", "Purchase",
    "Refund", "Retail", "Sales", "Service", "Shipment", "Store", "Supplier", "Support", "Tax", "Vendor",
    "Warehouse",
]
NOUNS = [
    "Record", "Entry", "Note", "Profile", "Request", "Snapshot", "Batch", "Item", "Line", "Plan", "Quote",
    "Rule", "Schedule", "Slot", "Summary", "Ticket", "Token", "Transfer", "Window", "Adjustment",
]
ENUM_STEMS = ["Channel", "Region", "Tier", "Source", "Stage", "Method", "Reason", "Scope"]
ENUM_CONSTANTS = [
    "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA", "JULIET", "KILO", "LIMA",
]

# (java type, import or None, field name stems). Names are combined with a suffix when a stem is used up.
STRING_NAMES = ["name", "title", "code", "description", "email", "phone", "reference", "label", "comment", "city",
                "country", "externalKey", "displayName", "notes", "sku"]
BASIC_KINDS = [
    # kind, weight
    ("string", 30),
    ("int", 6), ("Integer", 4),
    ("long", 5), ("Long", 4),
    ("boolean", 6), ("Boolean", 2),
    ("BigDecimal", 7),
    ("BigInteger", 3),
    ("Instant", 7),
    ("LocalDate", 5),
    ("LocalDateTime", 4),
    ("UUID", 4),
    ("bytes", 3),
    ("enum", 10),
]
NAMES = {
    "int": ["quantity", "position", "retryCount", "rank", "score"],
    "Integer": ["limitValue", "maxItems", "priorityLevel", "sortOrder"],
    "long": ["totalCount", "sizeBytes", "sequenceNumber", "viewCount"],
    "Long": ["externalId", "parentRef", "legacyNumber", "batchSize"],
    "boolean": ["active", "archived", "verified", "locked", "visible"],
    "Boolean": ["optedIn", "approved", "flagged"],
    "BigDecimal": ["amount", "price", "balance", "discount", "taxRate", "weight"],
    "BigInteger": ["checksum", "counter", "serialNumber"],
    "Instant": ["updatedAt", "expiresAt", "processedAt", "lastSeenAt", "deletedAt"],
    "LocalDate": ["birthDate", "validFrom", "validUntil", "dueDate", "startDate"],
    "LocalDateTime": ["scheduledAt", "openedAt", "closedAt", "localCreatedAt"],
    "UUID": ["correlationId", "publicId", "traceId", "tenantId"],
    "bytes": ["payload", "thumbnail", "signature", "attachment"],
    "enum": ["status", "priority", "channel", "region", "tier", "source", "stage", "method"],
}
JAVA_TYPE = {
    "string": "String", "int": "int", "Integer": "Integer", "long": "long", "Long": "Long",
    "boolean": "boolean", "Boolean": "Boolean", "BigDecimal": "BigDecimal", "BigInteger": "BigInteger",
    "Instant": "Instant", "LocalDate": "LocalDate", "LocalDateTime": "LocalDateTime", "UUID": "UUID",
    "bytes": "byte[]",
}
IMPORTS = {
    "BigDecimal": "java.math.BigDecimal", "BigInteger": "java.math.BigInteger", "Instant": "java.time.Instant",
    "LocalDate": "java.time.LocalDate", "LocalDateTime": "java.time.LocalDateTime", "UUID": "java.util.UUID",
}


class Attr:
    """One entity attribute: its Java type, name, annotations (with their imports) and optional Javadoc."""

    def __init__(self, java_type, name, annotations=(), imports=(), doc=None, init=None):
        self.java_type = java_type
        self.name = name
        self.annotations = list(annotations)
        self.imports = set(imports)
        self.doc = doc
        self.init = init


def cap(name):
    return name[0].upper() + name[1:]


def entity_names(rng, count, nouns):
    """`count` distinct PascalCase names from PREFIXES x nouns (600 combinations), numbered past that."""
    combos = [p + n for p in PREFIXES for n in nouns]
    rng.shuffle(combos)
    names = combos[:count]
    for i in range(len(names), count):
        names.append(combos[i % len(combos)] + str(i // len(combos)))
    return names


def package_enums(rng, pkg_index):
    """Three enums per package, each 3 to 8 constants."""
    stems = rng.sample(ENUM_STEMS, 3)
    return [(stem + "Kind", ENUM_CONSTANTS[: rng.randint(3, 8)]) for stem in stems]


def pick_kind(rng):
    kinds, weights = zip(*BASIC_KINDS)
    return rng.choices(kinds, weights=weights)[0]


def basic_attr(rng, kind, used, enums):
    """A basic attribute of `kind` with a name unused in the entity, or None if the kind has no free name."""
    stems = STRING_NAMES if kind == "string" else NAMES[kind]
    free = [s for s in stems if s not in used]
    if not free:
        return None
    name = rng.choice(free)
    used.add(name)
    annotations, imports = [], set()
    if kind == "string":
        nullable = rng.random() < 0.6
        length = rng.choice([32, 64, 80, 128, 255, 512])
        args = f"length = {length}" + ("" if nullable else ", nullable = false")
        annotations.append(f"@Column({args})")
        imports.add("jakarta.persistence.Column")
        java_type = "String"
    elif kind == "enum":
        enum_pkg, enum_name = rng.choice(enums)
        java_type = enum_name
        if enum_pkg == COMMON:
            imports.add(f"{COMMON}.{enum_name}")
        annotations.append("@Enumerated(EnumType.STRING)" if rng.random() < 0.8 else "@Enumerated(EnumType.ORDINAL)")
        imports.update(["jakarta.persistence.Enumerated", "jakarta.persistence.EnumType"])
        if rng.random() < 0.3:
            annotations.append("@Column(nullable = false)")
            imports.add("jakarta.persistence.Column")
    else:
        java_type = JAVA_TYPE[kind]
        if kind in IMPORTS:
            imports.add(IMPORTS[kind])
        if kind == "BigDecimal":
            annotations.append(f"@Column(precision = 19, scale = {rng.choice([2, 4, 6])})")
            imports.add("jakarta.persistence.Column")
        elif kind == "BigInteger" and rng.random() < 0.3:
            annotations.append("@Column(precision = 30)")
            imports.add("jakarta.persistence.Column")
        elif kind == "bytes" and rng.random() < 0.5:
            annotations.append("@Lob")
            imports.add("jakarta.persistence.Lob")
        elif kind in ("Instant", "LocalDate") and rng.random() < 0.25:
            annotations.append("@Column(nullable = false)")
            imports.add("jakarta.persistence.Column")
    doc = None
    if rng.random() < 0.3:
        words = re.sub(r"([A-Z])", lambda m: " " + m.group(1).lower(), name)
        doc = f"The {words} of this record, as entered by the user."
    return Attr(java_type, name, annotations, imports, doc)


def lower_first(name):
    return name[0].lower() + name[1:]


def relation_attrs(rng, entity, pkg, same_package_entities, earlier_entities, used, stats):
    """Relations, embeddables and an element collection (the default mix; not with --basic-only)."""
    attrs = []
    targets = [e for e in same_package_entities if e != entity]
    if targets and rng.random() < 0.5:
        target = rng.choice(targets)
        name = lower_first(target)
        if name not in used:
            used.add(name)
            stats["many_to_one"] += 1
            attrs.append(Attr(target, name, ["@ManyToOne(fetch = FetchType.LAZY)"],
                              ["jakarta.persistence.ManyToOne", "jakarta.persistence.FetchType"]))
    if earlier_entities and rng.random() < 0.2:
        target_pkg, target = rng.choice(earlier_entities)
        name = lower_first(target)
        # A simple name that also exists in this package would need a qualified type; skip it instead.
        if target not in same_package_entities and name not in used:
            used.add(name)
            stats["many_to_one_other_package"] += 1
            attrs.append(Attr(target, name, ["@ManyToOne(fetch = FetchType.LAZY)"],
                              ["jakarta.persistence.ManyToOne", "jakarta.persistence.FetchType",
                               f"{target_pkg}.{target}"]))
    if targets and rng.random() < 0.15:
        target = rng.choice(targets)
        name = lower_first(target) + "s"
        if name not in used:
            used.add(name)
            stats["many_to_many"] += 1
            attrs.append(Attr(f"Set<{target}>", name, ["@ManyToMany"],
                              ["jakarta.persistence.ManyToMany", "java.util.Set", "java.util.HashSet"],
                              init="new HashSet<>()"))
    if rng.random() < 0.3 and "address" not in used:
        used.add("address")
        stats["embedded_address"] += 1
        attrs.append(Attr("Address", "address", ["@Embedded"], ["jakarta.persistence.Embedded"]))
    if rng.random() < 0.25:
        name = rng.choice([n for n in ("total", "budget", "fee") if n not in used])
        used.add(name)
        stats["embedded_money"] += 1
        attrs.append(Attr("Money", name, ["@Embedded"], ["jakarta.persistence.Embedded", f"{COMMON}.Money"]))
    if rng.random() < 0.2 and "tags" not in used:
        used.add("tags")
        stats["element_collection"] += 1
        attrs.append(Attr("Set<String>", "tags", ["@ElementCollection"],
                          ["jakarta.persistence.ElementCollection", "java.util.Set", "java.util.HashSet"],
                          init="new HashSet<>()"))
    return attrs


def render_field_and_accessors(attr):
    field_lines, accessor_lines = [], []
    if attr.doc:
        field_lines.append(f"  /** {attr.doc} */")
    for annotation in attr.annotations:
        field_lines.append(f"  {annotation}")
    init = f" = {attr.init}" if attr.init else ""
    field_lines.append(f"  private {attr.java_type} {attr.name}{init};")
    getter = ("is" if attr.java_type == "boolean" else "get") + cap(attr.name)
    accessor_lines += [
        f"  public {attr.java_type} {getter}() {{",
        f"    return {attr.name};",
        "  }",
        "",
        f"  public void set{cap(attr.name)}({attr.java_type} {attr.name}) {{",
        f"    this.{attr.name} = {attr.name};",
        "  }",
        "",
    ]
    return field_lines, accessor_lines


def render_entity(pkg, name, attrs, base, one_to_many, service=False):
    imports = {"jakarta.persistence.Entity", "jakarta.persistence.Table"}
    if service:
        imports.add("io.jpaproto.ProtoService")
    for a in attrs:
        imports |= a.imports
    extends = ""
    if base:
        imports.add(f"{COMMON}.BaseEntity")
        if base == "UUID":
            imports.add("java.util.UUID")
        extends = f" extends BaseEntity<{base}>"
    fields, accessors = [], []
    for a in attrs:
        f, acc = render_field_and_accessors(a)
        fields += f
        accessors += acc
    for child in one_to_many:
        imports |= {"jakarta.persistence.OneToMany", "java.util.List", "java.util.ArrayList"}
        field = lower_first(child) + "List"
        fields.append(f'  @OneToMany(mappedBy = "{lower_first(name)}")')
        fields.append(f"  private List<{child}> {field} = new ArrayList<>();")
        accessors += [f"  public List<{child}> get{cap(field)}() {{", f"    return {field};", "  }", ""]
    table = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    out = [f"package {pkg};", ""]
    out += [f"import {i};" for i in sorted(imports)]
    out += ["", f"/** A synthetic {name} entity of package {pkg}, generated for the compile-time benchmark. */",
            "@Entity", f'@Table(name = "{table}")'] + (["@ProtoService"] if service else []) + [
            f"public class {name}{extends} {{"]
    out += fields + [""] + accessors
    while out[-1] == "":
        out.pop()
    out += ["}", ""]
    return "\n".join(out)


def render_enum(pkg, name, constants):
    body = ",\n".join(f"  {c}" for c in constants)
    return f"package {pkg};\n\n/** A synthetic enum of package {pkg}. */\npublic enum {name} {{\n{body}\n}}\n"


BASE_ENTITY = f"""package {COMMON};

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** Ids, versions and audit times shared by many entities. */
@MappedSuperclass
public abstract class BaseEntity<ID extends Serializable> {{
  /** The primary key. */
  @Id @GeneratedValue protected ID id;

  @Version protected Long version;

  /** When the row was created. */
  protected Instant createdAt;

  public ID getId() {{
    return id;
  }}

  public void setId(ID id) {{
    this.id = id;
  }}

  public Long getVersion() {{
    return version;
  }}

  public Instant getCreatedAt() {{
    return createdAt;
  }}

  public void setCreatedAt(Instant createdAt) {{
    this.createdAt = createdAt;
  }}
}}
"""

ADDRESS = """package {pkg};

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in entities of this package. */
@Embeddable
public class Address {{
  @Column(length = 128)
  private String street;

  @Column(length = 64)
  private String city;

  @Column(length = 16)
  private String postalCode;

  public String getStreet() {{
    return street;
  }}

  public void setStreet(String street) {{
    this.street = street;
  }}

  public String getCity() {{
    return city;
  }}

  public void setCity(String city) {{
    this.city = city;
  }}

  public String getPostalCode() {{
    return postalCode;
  }}

  public void setPostalCode(String postalCode) {{
    this.postalCode = postalCode;
  }}
}}
"""

MONEY = f"""package {COMMON};

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency, embedded in entities of every package. */
@Embeddable
public record Money(
    @Column(precision = 19, scale = 4, nullable = false) BigDecimal amount,
    @Column(length = 3, nullable = false) String currency) {{
}}
"""


def generate(count, seed, per_package, basic_only, out, services_every=0):
    rng = random.Random(seed)
    relations = not basic_only
    # The default mix names relation attributes after their target entity; "...Token" would make jpaproto warn that
    # the attribute looks like a secret (JP140). --basic-only keeps the noun, so that its files stay as they were.
    nouns = NOUNS if basic_only else ["Voucher" if n == "Token" else n for n in NOUNS]
    src = out / "src"
    files = {}
    files[Path(*COMMON.split("."), "BaseEntity.java")] = BASE_ENTITY
    common_enums = [("Status", ["ACTIVE", "SUSPENDED", "CLOSED"]),
                    ("Priority", ["LOW", "MEDIUM", "HIGH", "URGENT"])]
    for enum_name, constants in common_enums:
        files[Path(*COMMON.split("."), enum_name + ".java")] = render_enum(COMMON, enum_name, constants)

    packages = (count + per_package - 1) // per_package
    entity_fqns, embeddable_fqns = [], []
    stats = {"attributes": 0, "base_long": 0, "base_uuid": 0, "many_to_one": 0, "many_to_one_other_package": 0,
             "many_to_many": 0, "one_to_many_inverse": 0, "embedded_address": 0, "embedded_money": 0,
             "element_collection": 0}
    if relations:
        files[Path(*COMMON.split("."), "Money.java")] = MONEY
        embeddable_fqns.append(f"{COMMON}.Money")
    earlier_entities = []
    for p in range(packages):
        pkg = f"{BASE_PACKAGE}.p{p:03d}"
        pkg_dir = Path(*pkg.split("."))
        in_pkg = min(per_package, count - p * per_package)
        names = entity_names(rng, in_pkg, nouns)
        enums = package_enums(rng, p)
        for enum_name, constants in enums:
            files[pkg_dir / (enum_name + ".java")] = render_enum(pkg, enum_name, constants)
        enum_refs = [(COMMON, n) for n, _ in common_enums] + [(pkg, n) for n, _ in enums]
        if relations:
            files[pkg_dir / "Address.java"] = ADDRESS.format(pkg=pkg)
            embeddable_fqns.append(f"{pkg}.Address")

        entity_attrs, entity_base, children = {}, {}, {n: [] for n in names}
        for name in names:
            target_total = rng.randint(10, 15)
            roll = rng.random()
            base = "Long" if roll < 0.4 else "UUID" if roll < 0.5 else None
            used = {"id", "version", "createdAt"}
            attrs = []
            if base is None:
                attrs.append(Attr("Long", "id", ["@Id", "@GeneratedValue"],
                                  ["jakarta.persistence.Id", "jakarta.persistence.GeneratedValue"], "The primary key."))
                if rng.random() < 0.7:
                    version_type = rng.choice(["int", "Long"])
                    attrs.append(Attr(version_type, "version", ["@Version"], ["jakarta.persistence.Version"]))
                if rng.random() < 0.5:
                    attrs.append(Attr("Instant", "createdAt", [], ["java.time.Instant"], "When the row was created."))
                inherited = 0
            else:
                stats["base_long" if base == "Long" else "base_uuid"] += 1
                inherited = 3
            if relations:
                rel = relation_attrs(rng, name, pkg, names, earlier_entities, used, stats)
                for a in rel:
                    if a.java_type in names:
                        children[a.java_type].append(name)
                attrs += rel
            attempts = 0
            while len(attrs) + inherited < target_total and attempts < 200:
                attempts += 1
                a = basic_attr(rng, pick_kind(rng), used, enum_refs)
                if a is not None:
                    attrs.append(a)
            entity_attrs[name], entity_base[name] = attrs, base
            stats["attributes"] += len(attrs) + inherited
        for name in names:
            one_to_many = sorted(set(children[name])) if relations else []
            stats["one_to_many_inverse"] += len(one_to_many)
            # Drawn from the entity's position, not from rng, so that services change nothing else.
            service = services_every > 0 and len(entity_fqns) % services_every == 0
            files[pkg_dir / (name + ".java")] = render_entity(pkg, name, entity_attrs[name], entity_base[name],
                                                              one_to_many, service)
            entity_fqns.append(f"{pkg}.{name}")
        earlier_entities += [(pkg, n) for n in names]

    for rel_path, text in sorted(files.items()):
        path = src / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (out / "entities.txt").write_text("".join(f + "\n" for f in entity_fqns), encoding="utf-8")
    (out / "embeddables.txt").write_text("".join(f + "\n" for f in embeddable_fqns), encoding="utf-8")
    return len(files), packages, stats, len(entity_fqns)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", "-n", type=int, required=True, help="number of entities")
    parser.add_argument("--out", "-o", type=Path, required=True, help="output directory (sources go to OUT/src)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--per-package", type=int, default=50, help="entities per Java package (default 50)")
    parser.add_argument("--basic-only", action="store_true",
                        help="basic attributes only: no relations, embeddables or element collections (the mix "
                             "of the first runs, from when jpaproto reported relations as errors)")
    parser.add_argument("--services-every", type=int, default=0, metavar="K",
                        help="annotate every K-th entity with @ProtoService (a CRUD service); default 0, none")
    args = parser.parse_args(argv)
    if args.services_every < 0:
        parser.error("--services-every must not be negative")
    if args.count < 1 or args.per_package < 1:
        parser.error("--count and --per-package must be at least 1")
    if (args.out / "src").exists() and any((args.out / "src").iterdir()):
        parser.error(f"{args.out / 'src'} is not empty; give a fresh directory")
    files, packages, stats, entities = generate(args.count, args.seed, args.per_package, args.basic_only, args.out,
                                              args.services_every)
    summary = (f"{entities} entities ({stats['attributes']} attributes, {stats['base_long']} extend "
               f"BaseEntity<Long>, {stats['base_uuid']} BaseEntity<UUID>) in {packages} packages, {files} files, "
               f"seed {args.seed}, ")
    if args.basic_only:
        summary += "basic attributes only"
    else:
        summary += (f"with {stats['many_to_one']} @ManyToOne in the package (and {stats['one_to_many_inverse']} "
                    f"inverse @OneToMany), {stats['many_to_one_other_package']} @ManyToOne to another package, "
                    f"{stats['many_to_many']} @ManyToMany, {stats['embedded_address']} @Embedded Address, "
                    f"{stats['embedded_money']} @Embedded Money (record), {stats['element_collection']} "
                    f"@ElementCollection Set<String>")
    if args.services_every:
        summary += f", @ProtoService on every {args.services_every}th entity"
    (args.out / "summary.txt").write_text(summary + "\n", encoding="utf-8")
    print(f"generated {summary} -> {args.out / 'src'}", file=sys.stderr)


if __name__ == "__main__":
    main()
