/**
 * `pab diff --breaking`, rule by rule: for each rule a before/after spec pair
 * (the base spec below and an edit of it) that must report exactly that
 * rule's change on the named subject, and that the named approval lets
 * through; then non-breaking pairs that must pass with nothing reported.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMemoryHost, createNodeHost } from '../../src/core/host.js';
import { breakingDiagnostics, compareSpecs, BREAKING_RULES } from '../../src/breaking/index.js';
import type { ServiceModel } from '../../src/model/model.js';
import { numberingBlocks } from '../../src/emit/proto/index.js';
import { assignFieldNumbers } from '../../src/emit/proto/numbering.js';
import { buildProtoSchema, resolvePackage } from '../../src/emit/proto/schema.js';
import { validateSpec } from '../../src/pipeline.js';

const BASE = `
backend Library {
  version  "1.0.0"
  database postgres
  api      rest, graphql, grpc
}

enum Role {
  ADMIN
  LIBRARIAN
  MEMBER
}

enum Status {
  OPEN
  CLOSED
  LOST
}

entity Member {
  email    email  @unique
  name     string @maxLength(100)
  password secret
  role     Role   @default(MEMBER)
  bio      text?
  points   int    @default(0) @min(0)
  loans    Loan[]
}

entity Book {
  title  string @maxLength(300)
  pages  int
  price  decimal(8, 2)
  isbn   string?
  loans  Loan[]
}

entity Loan {
  member Member
  book   Book
  status Status @default(OPEN)
  dueOn  date
}

resource books {
  entity     Book
  operations list, get, create, update, delete
  filter     pages, price
  sort       title, pages
  pagination {
    style offset
    max   100
  }
  access {
    list   public
    get    public
    create role(ADMIN)
    update role(ADMIN)
    delete role(ADMIN)
    reserve authenticated
  }
  action reserve {
    input {
      days int @max(28)
      note string?
    }
    output Loan
  }
}

resource loans {
  entity Loan
  access {
    list   authenticated
    get    authenticated
    create authenticated
    update role(ADMIN)
    delete role(ADMIN)
  }
}

resource members {
  entity     Member
  operations get, create
  access {
    get    authenticated
    create public
  }
}

auth {
  identity {
    entity   Member
    login    email
    password password
    role     role
  }
  jwt {
    audience "library"
  }
  apiKey {
    header "X-Key"
  }
}

aggregate Lending {
  command Lend {
    input {
      bookId uuid
    }
    emits BookLent
  }
  event BookLent {
    bookId uuid
    at     datetime
  }
  event BookReturned {
    bookId uuid
  }
}
`;

function edit(text: string, edits: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of edits) {
    if (!out.includes(from)) throw new Error(`edit target not in the spec: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

function model(text: string, name = 'spec.pab'): ServiceModel {
  const result = validateSpec(createMemoryHost({ [name]: text }), name);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.model === undefined || errors.length > 0) throw new Error(`spec has errors: ${errors.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
  return result.model;
}

interface Case {
  readonly name: string;
  readonly edits: readonly (readonly [string, string])[];
  readonly rule: string;
  readonly subject: string;
  readonly approval: string;
}

const CASES: readonly Case[] = [
  { name: 'an operation removed', rule: 'operation-removed', subject: 'books.delete', approval: 'removeOperation(books.delete)',
    edits: [['operations list, get, create, update, delete', 'operations list, get, create, update']] },
  { name: 'a resource no longer exposed over gRPC', rule: 'operation-removed', subject: 'loans.get', approval: 'removeOperation(loans.get)',
    edits: [['resource loans {\n  entity Loan', 'resource loans {\n  entity Loan\n  expose rest, graphql']] },
  { name: 'a command removed', rule: 'operation-removed', subject: 'Lending.Lend', approval: 'removeOperation(Lending.Lend)',
    edits: [['  command Lend {\n    input {\n      bookId uuid\n    }\n    emits BookLent\n  }\n', '']] },
  { name: 'an operation moved to another path', rule: 'operation-moved', subject: 'books.list', approval: 'moveOperation(books.list)',
    edits: [['  entity     Book\n', '  entity     Book\n  path       "/titles"\n']] },
  { name: 'a response field removed', rule: 'field-removed', subject: 'Member.bio', approval: 'removeField(Member.bio)',
    edits: [['  bio      text?\n', '']] },
  { name: 'a field renamed', rule: 'field-removed', subject: 'Book.isbn', approval: 'removeField(Book.isbn)',
    edits: [['  isbn   string?', '  code   string? @renamedFrom(isbn)']] },
  { name: 'an action input field removed', rule: 'field-removed', subject: 'books.reserve.note', approval: 'removeField(books.reserve.note)',
    edits: [['      note string?\n', '']] },
  { name: 'an event field removed', rule: 'field-removed', subject: 'BookLent.at', approval: 'removeField(BookLent.at)',
    edits: [['    at     datetime\n', '']] },
  { name: 'a field type changed', rule: 'field-type-changed', subject: 'Book.pages', approval: 'changeFieldType(Book.pages)',
    edits: [['  pages  int\n', '  pages  string\n']] },
  { name: 'a field became a list', rule: 'field-type-changed', subject: 'Book.isbn', approval: 'changeFieldType(Book.isbn)',
    edits: [['  isbn   string?', '  isbn   string[]']] },
  { name: 'a maximum length lowered', rule: 'field-narrowed', subject: 'Book.title', approval: 'narrowField(Book.title)',
    edits: [['title  string @maxLength(300)', 'title  string @maxLength(200)']] },
  { name: 'a pattern added', rule: 'field-narrowed', subject: 'Member.name', approval: 'narrowField(Member.name)',
    edits: [['name     string @maxLength(100)', 'name     string @maxLength(100) @pattern("^[A-Z]")']] },
  { name: 'a decimal made smaller', rule: 'field-narrowed', subject: 'Book.price', approval: 'narrowField(Book.price)',
    edits: [['price  decimal(8, 2)', 'price  decimal(6, 2)']] },
  { name: 'an action input range lowered', rule: 'field-narrowed', subject: 'books.reserve.days', approval: 'narrowField(books.reserve.days)',
    edits: [['days int @max(28)', 'days int @max(14)']] },
  { name: 'an optional request field made required', rule: 'field-now-required', subject: 'Book.isbn', approval: 'requireField(Book.isbn)',
    edits: [['  isbn   string?', '  isbn   string']] },
  { name: 'a default removed', rule: 'field-now-required', subject: 'Member.points', approval: 'requireField(Member.points)',
    edits: [['points   int    @default(0) @min(0)', 'points   int    @min(0)']] },
  { name: 'a required create field added', rule: 'required-field-added', subject: 'Book.language', approval: 'addRequiredField(Book.language)',
    edits: [['  isbn   string?\n', '  isbn   string?\n  language string\n']] },
  { name: 'a required action input added', rule: 'required-field-added', subject: 'books.reserve.branch', approval: 'addRequiredField(books.reserve.branch)',
    edits: [['      note string?\n', '      note string?\n      branch string\n']] },
  { name: 'a response field made optional', rule: 'field-now-optional', subject: 'Book.pages', approval: 'makeFieldOptional(Book.pages)',
    edits: [['  pages  int\n', '  pages  int?\n']] },
  { name: 'an enum value removed', rule: 'enum-value-removed', subject: 'Status.LOST', approval: 'removeEnumValue(Status.LOST)',
    edits: [['  CLOSED\n  LOST\n', '  CLOSED\n']] },
  { name: 'a filter removed', rule: 'parameter-removed', subject: 'books.price', approval: 'removeParameter(books.price)',
    edits: [['filter     pages, price', 'filter     pages']] },
  { name: 'a sort field removed', rule: 'parameter-removed', subject: 'books.pages', approval: 'removeParameter(books.pages)',
    edits: [['sort       title, pages', 'sort       title']] },
  { name: 'pagination style swapped', rule: 'pagination-changed', subject: 'books', approval: 'changePagination(books)',
    edits: [['style offset', 'style cursor']] },
  { name: 'page size lowered', rule: 'pagination-changed', subject: 'books', approval: 'changePagination(books)',
    edits: [['max   100', 'max   50']] },
  { name: 'an action output changed', rule: 'output-changed', subject: 'books.reserve', approval: 'changeOutput(books.reserve)',
    edits: [['    output Loan\n', '    output Book\n']] },
  { name: 'an action output removed', rule: 'output-changed', subject: 'books.reserve', approval: 'changeOutput(books.reserve)',
    edits: [['    output Loan\n', '']] },
  { name: 'public made authenticated', rule: 'access-stricter', subject: 'books.get', approval: 'restrictAccess(books.get)',
    edits: [['    get    public\n', '    get    authenticated\n']] },
  { name: 'a role rule narrowed', rule: 'access-stricter', subject: 'loans.update', approval: 'restrictAccess(loans.update)',
    edits: [['    update role(ADMIN)\n    delete role(ADMIN)\n  }\n}\n\nresource members', '    update role(ADMIN) and owner(member)\n    delete role(ADMIN)\n  }\n}\n\nresource members']] },
  { name: 'a command access tightened', rule: 'access-stricter', subject: 'Lending.Lend', approval: 'restrictAccess(Lending.Lend)',
    edits: [['    emits BookLent\n', '    emits BookLent\n    access role(ADMIN)\n']] },
  { name: 'the JWT audience changed', rule: 'auth-changed', subject: 'jwt', approval: 'changeAuth(jwt)',
    edits: [['audience "library"', 'audience "library-v2"']] },
  { name: 'API keys removed', rule: 'auth-changed', subject: 'apiKey', approval: 'changeAuth(apiKey)',
    edits: [['  apiKey {\n    header "X-Key"\n  }\n', '']] },
  { name: 'an event removed', rule: 'event-removed', subject: 'BookReturned', approval: 'removeEvent(BookReturned)',
    edits: [['  event BookReturned {\n    bookId uuid\n  }\n', '']] },
  { name: 'an entity renamed (GraphQL type and protobuf message)', rule: 'type-removed', subject: 'Member', approval: 'removeType(Member)',
    edits: [['entity Member {', 'entity Patron {\n  table "members"'], ['  member Member\n', '  member Patron\n'], ['    entity   Member\n', '    entity   Patron\n'], ['resource members {\n  entity     Member', 'resource members {\n  entity     Patron'], ['  loans    Loan[]\n', '  loans    Loan[]\n']] },
  { name: 'the backend renamed (protobuf package)', rule: 'package-changed', subject: 'library.v1', approval: 'changePackage(library.v1)',
    edits: [['backend Library {', 'backend Libraries {']] },
  { name: 'a column dropped (database)', rule: 'schema-change', subject: 'members.bio', approval: 'dropColumn(members.bio)',
    edits: [['  bio      text?\n', '']] },
  { name: 'a table dropped (database)', rule: 'schema-change', subject: 'loans', approval: 'dropTable(loans)',
    edits: [['entity Loan {\n  member Member\n  book   Book\n  status Status @default(OPEN)\n  dueOn  date\n}\n', ''],
      ['  loans    Loan[]\n', ''], ['  loans  Loan[]\n', ''],
      ['resource loans {\n  entity Loan\n  access {\n    list   authenticated\n    get    authenticated\n    create authenticated\n    update role(ADMIN)\n    delete role(ADMIN)\n  }\n}\n', ''],
      ['    output Loan\n', '    output Book\n']] },
];

const approved = (spec: string, entries: readonly string[], version = '1.0.0'): string =>
  `${spec}\ncompatibility {\n  version "${version}"\n  allow ${entries.join(', ')}\n}\n`;

describe('every breaking-change rule has a before/after pair', () => {
  const baseline = model(BASE);

  it('covers every rule except field numbers (below, with snapshots)', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(BREAKING_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual(['field-number-changed']);
  });

  for (const c of CASES) {
    describe(c.name, () => {
      const after = edit(BASE, c.edits);

      it(`reports ${c.rule} on ${c.subject}`, () => {
        const findings = compareSpecs(baseline, model(after));
        expect(findings.map((f) => `${f.rule} ${f.subject}`)).toContain(`${c.rule} ${c.subject}`);
        const f = findings.find((x) => x.rule === c.rule && x.subject === c.subject)!;
        expect(`${f.approval}(${f.subject})`).toBe(c.approval);
        // Reported in the current spec (the baseline's place only as related information).
        expect(f.origin.file).toBe('spec.pab');
      });

      it(`fails as breaking-${c.rule} until approved with ${c.approval}`, () => {
        const diags = breakingDiagnostics(baseline, model(after), '`v1`');
        const mine = diags.filter((d) => d.code === `breaking-${c.rule}`);
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((d) => d.severity === 'error' && d.span?.file === 'spec.pab')).toBe(true);
        expect(mine.filter((d) => d.hint?.includes(`allow ${c.approval}\``))).toHaveLength(1);

        const current = model(approved(after, [c.approval]));
        const left = breakingDiagnostics(baseline, current, '`v1`');
        expect(left.filter((d) => d.code === `breaking-${c.rule}` && d.hint?.includes(`allow ${c.approval}`))).toEqual([]);
        expect(left.filter((d) => d.code === 'breaking-approval-unused')).toEqual([]);
      });
    });
  }
});

const NON_BREAKING: readonly { name: string; edits: readonly (readonly [string, string])[] }[] = [
  { name: 'nothing changed', edits: [] },
  { name: 'a new optional field', edits: [['  isbn   string?\n', '  isbn   string?\n  subtitle string?\n']] },
  { name: 'a new field with a default', edits: [['  isbn   string?\n', '  isbn   string?\n  inPrint boolean @default(true)\n']] },
  { name: 'a new operation', edits: [['resource members {\n  entity     Member\n  operations get, create', 'resource members {\n  entity     Member\n  operations get, create, list']] },
  { name: 'a new resource', edits: [['auth {', 'resource allLoans {\n  entity Loan\n  path "/all-loans"\n  operations list\n  access {\n    list role(ADMIN)\n  }\n}\n\nauth {']] },
  { name: 'a new enum value', edits: [['  LOST\n', '  LOST\n  DAMAGED\n']] },
  { name: 'a longer maximum length', edits: [['title  string @maxLength(300)', 'title  string @maxLength(500)']] },
  { name: 'access relaxed to public', edits: [['    list   authenticated\n', '    list   public\n']] },
  { name: 'another role allowed', edits: [['    create role(ADMIN)\n', '    create role(ADMIN, LIBRARIAN)\n']] },
  { name: 'a new filter and sort field', edits: [['filter     pages, price', 'filter     pages, price, title'], ['sort       title, pages', 'sort       title, pages, price']] },
  { name: 'a new optional action input', edits: [['      note string?\n', '      note string?\n      branch string?\n']] },
  { name: 'a bigger page size', edits: [['max   100', 'max   200']] },
  { name: 'a new event', edits: [['  event BookReturned {', '  event BookLost {\n    bookId uuid\n  }\n  event BookReturned {']] },
  { name: 'a required response field kept, made required in input', edits: [['  bio      text?\n', '  bio      text?\n  motto    string @default("hi")\n']] },
  { name: 'documentation changed', edits: [['entity Book {', '/// A book on the shelf.\nentity Book {']] },
];

describe('non-breaking changes pass', () => {
  const baseline = model(BASE);
  for (const c of NON_BREAKING) {
    it(c.name, () => {
      expect(breakingDiagnostics(baseline, model(edit(BASE, c.edits)), '`v1`')).toEqual([]);
    });
  }
});

describe('approvals', () => {
  const baseline = model(BASE);
  const removed = edit(BASE, [['  bio      text?\n', '']]);

  it('an approval that matches nothing is reported as unused', () => {
    const current = model(approved(BASE, ['removeField(Member.bio)']));
    const diags = breakingDiagnostics(baseline, current, '`v1`');
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['breaking-approval-unused', 'warning']]);
    expect(diags[0]!.span?.file).toBe('spec.pab');
  });

  it('an approval for an earlier release approves nothing, and the checker calls it stale', () => {
    const text = approved(edit(removed, [['version  "1.0.0"', 'version  "1.1.0"']]), ['removeField(Member.bio)', 'dropColumn(members.bio)']);
    const result = validateSpec(createMemoryHost({ 'spec.pab': text }), 'spec.pab');
    expect(result.diagnostics.map((d) => d.code)).toContain('breaking-approvals-stale');
    const diags = breakingDiagnostics(baseline, result.model!, '`v1`');
    expect(diags.map((d) => d.code).sort()).toEqual(['breaking-field-removed', 'breaking-schema-change']);
  });

  it('approving one element does not approve another', () => {
    const twoGone = edit(removed, [['  isbn   string?\n', '']]);
    const diags = breakingDiagnostics(baseline, model(approved(twoGone, ['removeField(Member.bio)', 'dropColumn(members.bio)'])), '`v1`');
    expect(diags.map((d) => d.code).sort()).toEqual(['breaking-field-removed', 'breaking-schema-change']);
    expect(diags.every((d) => d.message.includes('isbn'))).toBe(true);
  });

  it('a database change is also approved by the migration lint\'s own allowance', () => {
    const text = `${removed}\nmigrations {\n  allow dropColumn(members.bio)\n}\n`;
    const diags = breakingDiagnostics(baseline, model(approved(text, ['removeField(Member.bio)'])), '`v1`');
    expect(diags).toEqual([]);
  });

  it('a misspelt approval is a checker error with a suggestion', () => {
    const result = validateSpec(createMemoryHost({ 'spec.pab': approved(BASE, ['removeFeild(Member.bio)']) }), 'spec.pab');
    const d = result.diagnostics.find((x) => x.code === 'invalid-breaking-approval');
    expect(d?.hint).toContain('removeField');
  });

  it('the same approvals work in backend.yaml', () => {
    const yaml = [
      'backend:', '  name: Lib', '  version: "2.0.0"', '  database: postgres',
      'entities:', '  Book:', '    fields:', '      title: string',
      'resources:', '  books:', '    entity: Book',
      'compatibility:', '  version: "2.0.0"', '  allow: ["removeField(Book.pages)", "dropColumn(books.pages)"]', '',
    ].join('\n');
    const before = yaml.replace('      title: string', '      title: string\n      pages: int').replace(/compatibility:[\s\S]*$/, '');
    const host = createMemoryHost({ 'a.yaml': before, 'b.yaml': yaml });
    const a = validateSpec(host, 'a.yaml');
    const b = validateSpec(host, 'b.yaml');
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(breakingDiagnostics(a.model!, b.model!, '`a.yaml`')).toEqual([]);
    const unapproved = validateSpec(host, 'a.yaml');
    expect(compareSpecs(unapproved.model!, b.model!).map((f) => f.rule).sort()).toEqual(['field-removed', 'schema-change']);
  });
});

describe('on the examples', () => {
  const EXAMPLES = ['examples/shop/backend.pab', 'examples/bank/backend.pab', 'examples/blog/backend.yaml', 'examples/assistant/backend.pab'];
  const host = createNodeHost();

  it.each(EXAMPLES)('%s compared with itself has no findings', (path) => {
    const m = validateSpec(host, path).model!;
    expect(compareSpecs(m, m)).toEqual([]);
  });

  it('removing any exposed field of the shop example is reported on that field (no false negatives)', () => {
    const path = 'examples/shop/backend.pab';
    const text = readFileSync(path, 'utf8');
    const baseline = validateSpec(host, path).model!;
    const exposed = new Set(baseline.resources.map((r) => r.entity));
    let checked = 0;
    for (const entity of baseline.entities.filter((e) => exposed.has(e.name))) {
      for (const field of entity.fields) {
        if (field.implicit || field.kind === 'relation' || field.origin.file !== path) continue;
        const edited = text.slice(0, field.origin.start) + text.slice(field.origin.end);
        const current = validateSpec(createMemoryHost({ [path]: edited }), path);
        if (current.model === undefined) continue; // the field is used elsewhere (index, query, rule)
        // Removing a declared `id` brings back the implicit one: the same field, nothing to report.
        if (current.model.entities.find((e) => e.name === entity.name)?.fields.some((f) => f.name === field.name)) continue;
        const subjects = compareSpecs(baseline, current.model).map((f) => `${f.rule} ${f.subject}`);
        expect(subjects, `${entity.name}.${field.name}`).toContain(`field-removed ${entity.name}.${field.name}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe('protobuf field numbers', () => {
  const baseline = model(BASE);
  const snapshotOf = (m: ServiceModel) => {
    const schema = buildProtoSchema(m, resolvePackage(m, '', () => {}), () => {});
    return assignFieldNumbers(schema.package, numberingBlocks(schema), undefined).snapshot;
  };

  it('a retyped field gets a new number: reported with the snapshot kept', () => {
    const snapshot = snapshotOf(baseline);
    const findings = compareSpecs(baseline, model(edit(BASE, [['  pages  int\n', '  pages  string\n']])), { baseline: snapshot, current: snapshot });
    const subjects = findings.filter((f) => f.rule === 'field-number-changed').map((f) => f.subject);
    expect(subjects).toContain('Book.pages');
    expect(findings.find((f) => f.subject === 'Book.pages' && f.rule === 'field-number-changed')?.approval).toBe('renumberField');
  });

  it('adding and removing fields keeps numbers: nothing reported', () => {
    const snapshot = snapshotOf(baseline);
    const current = model(edit(BASE, [['  title  string @maxLength(300)\n', '  subtitle string?\n  title  string @maxLength(300)\n']]));
    expect(compareSpecs(baseline, current, { baseline: snapshot, current: snapshot }).filter((f) => f.rule === 'field-number-changed')).toEqual([]);
  });

  it('without any snapshot there is nothing to compare', () => {
    const current = model(edit(BASE, [['  title  string @maxLength(300)\n', '  subtitle string?\n  title  string @maxLength(300)\n']]));
    expect(compareSpecs(baseline, current).filter((f) => f.rule === 'field-number-changed')).toEqual([]);
  });
});
