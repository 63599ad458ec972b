/**
 * The `graphql` target: for every golden case, schema.graphql builds and
 * passes graphql-js's schema validation, and every operation of
 * operations.graphql validates against it; the conformance fixture maps
 * every field type, relation kind, pagination style, nested resource,
 * action and event as the README's "GraphQL mapping" says; names GraphQL
 * reserves are renamed with a warning; descriptions survive hostile text;
 * output is deterministic.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, validate, validateSchema,
  type GraphQLField, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLScalarType, type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createNodeHost } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { descriptionLines } from '../../src/emit/graphql/layout.js';
import { runTargets } from '../../src/emit/run.js';
import type { ServiceModel } from '../../src/model/model.js';
import { validateSpec } from '../../src/pipeline.js';
import { modelOf } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const CASES: Readonly<Record<string, string>> = {
  conformance: 'test/fixtures/golden/conformance/input.pab',
  minimal: 'test/fixtures/golden/minimal/input.yaml',
  'hostile-strings': 'test/fixtures/golden/hostile-strings/input.pab',
  shop: 'examples/shop/backend.pab',
  blog: 'examples/blog/backend.yaml',
  bank: 'examples/bank/backend.pab',
  assistant: 'examples/assistant/backend.pab',
};

interface Emitted {
  readonly schema: string;
  readonly operations: string;
  readonly diagnostics: readonly Diagnostic[];
}

function emit(model: ServiceModel, specPath = 'backend.pab'): Emitted {
  const result = runTargets(model, { targets: ['graphql'], specPath, templateDirs: [] });
  const file = (path: string): string => result.files.find((f) => f.path === path)!.content;
  return { schema: file('schema.graphql'), operations: file('operations.graphql'), diagnostics: result.diagnostics };
}

function modelAt(path: string): ServiceModel {
  const host = createNodeHost();
  const v = validateSpec({ ...host, readFile: (p) => host.readFile(p.startsWith('/') ? p : `${ROOT}${p}`) }, path);
  if (!v.model) throw new Error(`${path} has errors`);
  return v.model;
}

/** The schema, failing the test on any build or validation error. */
function built(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  expect(validateSchema(schema).map(String)).toEqual([]);
  return schema;
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const t = schema.getType(name);
  if (!isObjectType(t)) throw new Error(`${name} is not an object type`);
  return t;
}

function inputType(schema: GraphQLSchema, name: string): GraphQLInputObjectType {
  const t = schema.getType(name);
  if (!isInputObjectType(t)) throw new Error(`${name} is not an input type`);
  return t;
}

function fieldOf(schema: GraphQLSchema, type: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const t = schema.getType(type);
  if (!isObjectType(t) && !isInterfaceType(t)) throw new Error(`${type} is not an object type`);
  return t.getFields()[field];
}

function typeOf(schema: GraphQLSchema, type: string, field: string): string {
  const f = fieldOf(schema, type, field);
  if (f === undefined) throw new Error(`${type}.${field} is missing`);
  return String(f.type);
}

function argsOf(schema: GraphQLSchema, type: string, field: string): Record<string, string> {
  return Object.fromEntries(fieldOf(schema, type, field)!.args.map((a) => [a.name, String(a.type)]));
}

function inputFields(schema: GraphQLSchema, type: string): Record<string, string> {
  return Object.fromEntries(Object.values(inputType(schema, type).getFields()).map((f) => [f.name, String(f.type)]));
}

describe('graphql: every golden case', () => {
  for (const [name, path] of Object.entries(CASES)) {
    it(`${name}: the schema is valid and every example operation validates against it`, () => {
      const out = emit(modelAt(path), path);
      const schema = built(out.schema);
      const document = parse(out.operations);
      expect(validate(schema, document).map(String)).toEqual([]);
      // One operation per root field.
      const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
      const rootFields = roots.reduce((n, t) => n + (t ? Object.keys(t.getFields()).length : 0), 0);
      expect(document.definitions).toHaveLength(rootFields);
    });
  }

  it('warns when the spec exposes nothing over GraphQL, and still writes a valid schema', () => {
    const out = emit(modelAt(CASES['minimal']!));
    expect(out.diagnostics.map((d) => d.code)).toEqual(['graphql-nothing-exposed']);
    expect(out.diagnostics[0]!.span).toBeDefined();
    expect(Object.keys(built(out.schema).getQueryType()!.getFields())).toEqual(['node']);
  });

  it('gives byte-identical output when run twice', () => {
    const model = modelAt(CASES['conformance']!);
    expect(emit(model)).toEqual(emit(model));
  });
});

describe('graphql: the conformance fixture', () => {
  const out = emit(modelAt(CASES['conformance']!));
  const schema = built(out.schema);

  it('reports nothing', () => {
    expect(out.diagnostics).toEqual([]);
  });

  it('maps every field type to its scalar', () => {
    const expected: Record<string, string> = {
      id: 'ID!', email: 'Email!', name: 'String!', role: 'MemberRole!', bio: 'String', homepage: 'URL', birthDate: 'Date',
      active: 'Boolean!', points: 'Int!', cardNumber: 'BigInt!', balance: 'Decimal!', rating: 'Float', externalId: 'UUID',
      settings: 'JSON', avatar: 'Bytes', nickname: 'String', interests: '[String!]!', createdAt: 'DateTime!', updatedAt: 'DateTime!',
    };
    for (const [field, type] of Object.entries(expected)) expect(typeOf(schema, 'Member', field), field).toBe(type);
  });

  it('defines the custom scalars with @specifiedBy where a specification exists', () => {
    const url = (name: string): string | null | undefined => (schema.getType(name) as GraphQLScalarType).specifiedByURL;
    expect(url('DateTime')).toMatch(/rfc3339/);
    expect(url('Date')).toMatch(/rfc3339/);
    expect(url('UUID')).toMatch(/rfc9562/);
    expect(url('Bytes')).toMatch(/rfc4648/);
    expect(url('Decimal')).toBeUndefined();
    expect(url('BigInt')).toBeUndefined();
  });

  it('leaves secret fields out of object types, and takes them in inputs', () => {
    expect(fieldOf(schema, 'Member', 'password')).toBeUndefined();
    expect(inputFields(schema, 'CreateMemberInput')['password']).toBe('String!');
    expect(inputFields(schema, 'UpdateMemberInput')['password']).toBe('String');
  });

  it('implements Node for one-field keys, with the query node(id:)', () => {
    expect(isInterfaceType(schema.getType('Node'))).toBe(true);
    expect(typeOf(schema, 'Query', 'node')).toBe('Node');
    expect(argsOf(schema, 'Query', 'node')).toEqual({ id: 'ID!' });
    for (const type of ['Member', 'Book', 'Loan', 'Genre']) {
      expect(objectType(schema, type).getInterfaces().map((i) => i.name), type).toEqual(['Node']);
    }
  });

  it('maps relations by kind, only to entities that have a type', () => {
    expect(typeOf(schema, 'Loan', 'member')).toBe('Member!'); // many-to-one
    expect(fieldOf(schema, 'Loan', 'memberId')).toBeUndefined(); // the link carries the id
    expect(typeOf(schema, 'Genre', 'parent')).toBe('Genre'); // optional self relation
    expect(typeOf(schema, 'Genre', 'children')).toBe('GenreConnection!'); // one-to-many
    expect(argsOf(schema, 'Genre', 'children')).toEqual({ first: 'Int', after: 'String' });
    expect(typeOf(schema, 'Member', 'favorites')).toBe('BookConnection!'); // many-to-many through Favorite
    expect(typeOf(schema, 'Book', 'likedBy')).toBe('MemberConnection!');
    expect(fieldOf(schema, 'Member', 'card')).toBeUndefined(); // LibraryCard is exposed over gRPC only
    expect(fieldOf(schema, 'Book', 'authors')).toBeUndefined(); // Author has no resource
    expect(schema.getType('LibraryCard')).toBeUndefined();
    expect(schema.getType('Favorite')).toBeUndefined();
  });

  it('answers lists and searches with Relay connections, counting offset pages', () => {
    expect(typeOf(schema, 'Query', 'books')).toBe('BookConnection!');
    expect(argsOf(schema, 'Query', 'books')).toEqual({
      first: 'Int', after: 'String', offset: 'Int', filter: 'BooksFilter', orderBy: 'BooksOrderBy',
    });
    expect(fieldOf(schema, 'Query', 'books')!.args.find((a) => a.name === 'first')!.defaultValue).toBe(25);
    expect(argsOf(schema, 'Query', 'searchBooks')['q']).toBe('String!');
    expect(typeOf(schema, 'BookConnection', 'totalCount')).toBe('Int'); // books is offset-paginated
    expect(fieldOf(schema, 'LoanConnection', 'totalCount')).toBeUndefined(); // loans is cursor-paginated
    expect(argsOf(schema, 'Query', 'loans')).not.toHaveProperty('offset');
    expect(typeOf(schema, 'BookConnection', 'edges')).toBe('[BookEdge!]!');
    expect(typeOf(schema, 'BookConnection', 'pageInfo')).toBe('PageInfo!');
    expect(typeOf(schema, 'BookEdge', 'cursor')).toBe('String!');
    expect(typeOf(schema, 'BookEdge', 'node')).toBe('Book!');
    expect(Object.keys(objectType(schema, 'PageInfo').getFields())).toEqual(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
  });

  it('has filter inputs and order enums per resource', () => {
    expect(inputFields(schema, 'BooksFilter')).toEqual({ genre: 'ID', published: 'Date', price: 'Decimal' });
    expect(inputFields(schema, 'LoansFilter')).toEqual({ status: 'LoanStatus', member: 'ID', book: 'ID', dueOn: 'Date' });
    const order = schema.getType('BooksOrderBy');
    expect(isEnumType(order) && order.getValues().map((v) => v.name)).toEqual(['TITLE_ASC', 'TITLE_DESC', 'PUBLISHED_ASC', 'PUBLISHED_DESC', 'PRICE_ASC', 'PRICE_DESC']);
    expect(fieldOf(schema, 'Query', 'members')!.args.find((a) => a.name === 'orderBy')!.defaultValue).toBe('CREATED_AT_DESC');
  });

  it('has get queries and create, update and delete mutations', () => {
    expect(typeOf(schema, 'Query', 'book')).toBe('Book');
    expect(argsOf(schema, 'Query', 'book')).toEqual({ id: 'ID!' });
    expect(typeOf(schema, 'Mutation', 'createBook')).toBe('Book!');
    expect(argsOf(schema, 'Mutation', 'createBook')).toEqual({ input: 'CreateBookInput!' });
    expect(inputFields(schema, 'CreateBookInput')).toMatchObject({ isbn: 'String!', genre: 'ID!', summary: 'String' });
    expect(inputFields(schema, 'CreateBookInput')).not.toHaveProperty('createdAt');
    expect(argsOf(schema, 'Mutation', 'updateBook')).toEqual({ id: 'ID!', input: 'UpdateBookInput' });
    expect(Object.values(inputFields(schema, 'UpdateBookInput')).every((t) => !t.endsWith('!'))).toBe(true);
    expect(typeOf(schema, 'Mutation', 'deleteBook')).toBe('ID!');
    // Defaults are shown.
    const role = inputType(schema, 'CreateMemberInput').getFields()['role']!;
    expect(role.defaultValue).toBe('MEMBER');
  });

  it('takes the parent of a nested resource as an argument', () => {
    expect(typeOf(schema, 'Query', 'memberLoans')).toBe('LoanConnection!');
    expect(argsOf(schema, 'Query', 'memberLoans')['member']).toBe('ID!');
    expect(argsOf(schema, 'Query', 'memberLoan')).toEqual({ member: 'ID!', id: 'ID!' });
    expect(argsOf(schema, 'Mutation', 'createMemberLoan')).toEqual({ member: 'ID!', input: 'CreateMemberLoanInput!' });
    expect(inputFields(schema, 'CreateMemberLoanInput')).not.toHaveProperty('member');
  });

  it('maps actions to mutations: item and collection, with and without input and output', () => {
    expect(argsOf(schema, 'Mutation', 'importCsvBooks')).toEqual({ input: 'ImportCsvBooksInput!' });
    expect(typeOf(schema, 'Mutation', 'importCsvBooks')).toBe('Int!');
    expect(inputFields(schema, 'ImportCsvBooksInput')).toEqual({ file: 'Bytes!', dryRun: 'Boolean' });
    expect(argsOf(schema, 'Mutation', 'reserveBook')).toEqual({ id: 'ID!' });
    expect(typeOf(schema, 'Mutation', 'reserveBook')).toBe('Loan!');
    expect(typeOf(schema, 'Mutation', 'deactivateMember')).toBe('Boolean!');
    expect(inputFields(schema, 'ExtendLoanInput')).toEqual({ days: 'Int!', reason: 'String' });
  });

  it('has one subscription per domain event', () => {
    expect(typeOf(schema, 'Subscription', 'bookLent')).toBe('BookLent!');
    expect(typeOf(schema, 'Subscription', 'bookReturned')).toBe('BookReturned!');
    expect(Object.fromEntries(Object.values(objectType(schema, 'BookLent').getFields()).map((f) => [f.name, String(f.type)])))
      .toEqual({ bookId: 'UUID!', memberId: 'UUID!', dueOn: 'Date!', at: 'DateTime!' });
  });

  it('leaves out resources not exposed over GraphQL', () => {
    expect(fieldOf(schema, 'Query', 'card')).toBeUndefined();
  });

  it('keeps doc comments as descriptions', () => {
    expect(schema.getType('Member')!.description).toBe('A person who can borrow books.');
    expect(fieldOf(schema, 'Member', 'bio')!.description).toBe('A short "about me"; may contain */ or ${x}.');
    expect(schema.description).toBe('A library\'s lending service. Descriptions may hold "quotes", */ and ${braces}.');
    expect(fieldOf(schema, 'Mutation', 'extendLoan')!.description).toBe('Extends the loan by the given number of days.');
  });
});

describe('graphql: composite keys', () => {
  const schema = built(emit(modelAt(CASES['shop']!)).schema);

  it('does not implement Node; arguments are the key fields, delete answers a Boolean', () => {
    expect(objectType(schema, 'CartItem').getInterfaces()).toEqual([]);
    expect(argsOf(schema, 'Mutation', 'deleteCartItem')).toEqual({ cart: 'ID!', product: 'ID!' });
    expect(typeOf(schema, 'Mutation', 'deleteCartItem')).toBe('Boolean!');
  });
  it('maps a GET action to a query', () => {
    expect(typeOf(schema, 'Query', 'invoiceOrder')).toBe('Bytes!');
    expect(argsOf(schema, 'Query', 'invoiceOrder')).toEqual({ id: 'ID!' });
    expect(fieldOf(schema, 'Mutation', 'invoiceOrder')).toBeUndefined();
  });
});

describe('graphql: names GraphQL cannot use', () => {
  const SPEC = `backend Weird {
  database postgres
  api      graphql
}

enum Flag {
  ON
  __hidden
}

entity Node {
  label    string
  flag     Flag @default(__hidden)
  __secret string?
}

entity Date {
  day  date
  node Node
}

entity Node_ {
  name string
}

entity Thing {
  code string @id
  id   string
}

resource nodes {
  entity Node
  sort   label
  action __poke {
    input {
      __x int
    }
  }
}

resource dates {
  entity Date
}

resource underscores {
  entity Node_
}

resource things {
  entity Thing
}

aggregate A {
  event Query {
    __y int
  }
}
`;
  const out = emit(modelOf(SPEC));
  const schema = built(out.schema);
  const renamed = out.diagnostics.filter((d) => d.code === 'graphql-name-renamed');

  it('renames built-in type names, `__` names and a non-key `id` of a Node type, with warnings at the declarations', () => {
    expect(typeOf(schema, 'Node_', 'name')).toBe('String!'); // the spec's own `Node_` keeps its name
    expect(schema.getType('Node_2')).toBeDefined(); // so the entity `Node` gets a number
    expect(typeOf(schema, 'Query', 'node')).toBe('Node');
    expect(isInterfaceType(schema.getType('Node'))).toBe(true);
    expect(typeOf(schema, 'Date_', 'day')).toBe('Date!');
    expect(typeOf(schema, 'Date_', 'node')).toBe('Node_2!');
    expect(typeOf(schema, 'Node_2', '_secret')).toBe('String');
    expect(typeOf(schema, 'Thing', 'id')).toBe('ID!');
    expect(typeOf(schema, 'Thing', 'id_')).toBe('String!');
    expect(typeOf(schema, 'Subscription', 'query_')).toBe('Query_!');
    expect(typeOf(schema, 'Query_', '_y')).toBe('Int!');
    expect(typeOf(schema, 'Mutation', '_pokeNode')).toBe('Boolean!');
    expect(inputFields(schema, '_pokeNodeInput')).toEqual({ _x: 'Int!' });
    const flag = schema.getType('Flag');
    expect(isEnumType(flag) && flag.getValues().map((v) => v.name)).toEqual(['ON', '_hidden']);
    const messages = renamed.map((d) => d.message).join('\n');
    for (const name of ['Node', 'Date', 'Flag.__hidden', 'Node.__secret', 'Thing.id', 'Query', 'Query.__y', '__pokeNode', 'nodes.__poke.__x']) {
      expect(messages).toContain(`\`${name}\` is called`);
    }
    for (const d of renamed) expect(d.span, d.message).toBeDefined();
    expect(renamed.every((d) => d.severity === 'warning')).toBe(true);
    expect(validate(schema, parse(out.operations)).map(String)).toEqual([]);
  });

  it('renames enum values GraphQL forbids (`true`, `false`, `null`)', () => {
    // The spec language rejects these names itself; the IR may still hold them (another front end).
    const model = modelOf(SPEC);
    const patched: ServiceModel = JSON.parse(JSON.stringify(model).replace(/"__hidden"/g, '"true"').replace(/"ON"/g, '"null"'));
    const again = emit(patched);
    const s = built(again.schema);
    const flag = s.getType('Flag');
    expect(isEnumType(flag) && flag.getValues().map((v) => v.name)).toEqual(['null_', 'true_']);
    expect(inputType(s, 'CreateNodeInput').getFields()['flag']!.defaultValue).toBe('true_');
    expect(again.diagnostics.map((d) => d.message).join('\n')).toContain('`Flag.true` is called `true_`');
    expect(validate(s, parse(again.operations)).map(String)).toEqual([]);
  });

  it('numbers a generated type name a spec type already has', () => {
    const out2 = emit(modelOf(`backend B {
  database postgres
  api      graphql
}
entity Book {
  title string
}
entity BookEdge {
  label string
}
resource books {
  entity Book
}
resource edges {
  entity BookEdge
}
`));
    const s = built(out2.schema);
    expect(typeOf(s, 'BookConnection', 'edges')).toBe('[BookEdge2!]!');
    expect(typeOf(s, 'BookEdge2', 'node')).toBe('Book!');
    expect(typeOf(s, 'BookEdgeConnection', 'edges')).toBe('[BookEdgeEdge!]!');
    expect(out2.diagnostics.map((d) => d.message)).toContain('The edge type `BookEdge` is called `BookEdge2` in schema.graphql: a type of the spec is already called `BookEdge`.');
  });
});

describe('graphql: descriptions', () => {
  const DOCS = [
    'Triple quotes """ inside',
    'A backslash \\ and an escaped-looking \\n and \\"""',
    'Ends with a quote"',
    'Ends with a backslash \\',
    'Four quotes """" and */ and ${x}',
    'First line\n  indented second line\nthird',
    ' starts with a space',
  ];

  it('round-trips hostile doc comments through block strings', () => {
    for (const doc of DOCS) {
      const sdl = `${descriptionLines(doc, '').join('\n')}\nscalar X\n\ntype Query {\n${descriptionLines(doc, '  ').join('\n')}\n  x: X\n}\n`;
      const schema = buildSchema(sdl);
      const expected = doc.startsWith(' ') && !doc.includes('\n') ? doc.trimStart() : doc;
      expect(schema.getType('X')!.description, doc).toBe(expected);
      expect(fieldOf(schema, 'Query', 'x')!.description, doc).toBe(expected);
    }
  });

  it('escapes doc comments of the spec in schema.graphql', () => {
    const spec = `/// Backend """ doc \\
backend D {
  database postgres
  api      graphql
}

/// An entity with """ in its doc
/// and a second line ending in a quote"
entity Note {
  /// A field: \\""" and \\ and */
  body string
}

resource notes {
  entity Note
  /// Pins """ the note.
  action pin {
    input {
      /// Why """
      reason string?
    }
  }
}
`;
    const out = emit(modelOf(spec));
    const schema = built(out.schema);
    expect(schema.description).toBe('Backend """ doc \\');
    expect(schema.getType('Note')!.description).toBe('An entity with """ in its doc\nand a second line ending in a quote"');
    expect(fieldOf(schema, 'Note', 'body')!.description).toBe('A field: \\""" and \\ and */');
    expect(fieldOf(schema, 'Mutation', 'pinNote')!.description).toBe('Pins """ the note.\n\nAnswers true when done.');
    expect(inputType(schema, 'PinNoteInput').getFields()['reason']!.description).toBe('Why """');
    expect(validate(schema, parse(out.operations)).map(String)).toEqual([]);
  });
});

describe('graphql: entities as values', () => {
  it('gives an entity-typed action input an input type of its own, and an entity output its object type', () => {
    const out = emit(modelOf(`backend V {
  database postgres
  api      graphql
}
entity Line {
  sku      string
  quantity int @default(1)
}
entity Order {
  note string?
}
resource orders {
  entity Order
  action addLines {
    input {
      lines Line[]
    }
    output Line
  }
}
`));
    const schema = built(out.schema);
    expect(inputFields(schema, 'AddLinesOrderInput')).toEqual({ lines: '[LineInput!]!' });
    expect(inputFields(schema, 'LineInput')).toEqual({ sku: 'String!', quantity: 'Int' });
    expect(typeOf(schema, 'Mutation', 'addLinesOrder')).toBe('Line!');
    expect(getNamedType(fieldOf(schema, 'Line', 'sku')!.type).name).toBe('String');
    expect(validate(schema, parse(out.operations)).map(String)).toEqual([]);
  });
});

describe('graphql: goldens are what the target writes', () => {
  it('matches the conformance golden (the golden test compares all cases)', () => {
    const golden = readFileSync(`${ROOT}test/fixtures/golden/conformance/expected/graphql/schema.graphql`, 'utf8');
    expect(emit(modelAt(CASES['conformance']!), CASES['conformance']).schema).toBe(golden);
  });
});
