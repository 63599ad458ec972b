/**
 * Diagnostics of `pab diff --breaking --against <baseline>`: one error code
 * per breaking-change rule (`src/breaking/rules.ts`; the code is
 * `breaking-<rule id>`), each reported at the current spec's element, plus
 * the approvals that matched nothing and a baseline that cannot be read.
 * Codes are stable kebab-case; never rename or reuse one.
 */
import { createDiagnosticFactory, defineDiagnostics, type DiagnosticDef } from '../diagnostic.js';

type Text = { text: string };
const rule = (summary: string, example: string, fix: string): DiagnosticDef<Text> => ({
  severity: 'error',
  summary,
  example,
  fix,
  message: (p: Text) => p.text,
});
const approve = (entry: string): string =>
  `Keep old clients working (see the hint), or approve the change in the spec: \`compatibility { version "<the release it ships in>"  allow ${entry} }\`.`;

export const breakingDiagnostics = defineDiagnostics({
  'breaking-operation-removed': rule('An operation, action or command clients call is gone, or no longer offered in an API style.', 'resource books { operations list, get }   // `delete` removed', approve('removeOperation(books.delete)')),
  'breaking-operation-moved': rule('An operation answers at another HTTP method or path.', 'resource books { path "/titles" }   // was /books', approve('moveOperation(books.list)')),
  'breaking-field-removed': rule('A field clients read or send is gone (removed, renamed, or now write-only).', 'entity Member { }   // `bio` removed', approve('removeField(Member.bio)')),
  'breaking-field-type-changed': rule('A field has another type, or became or stopped being a list.', 'pages string   // was int', approve('changeFieldType(Book.pages)')),
  'breaking-field-narrowed': rule('A request field accepts fewer values (length, range, pattern, decimal size).', 'title string @maxLength(100)   // was 300', approve('narrowField(Book.title)')),
  'breaking-field-now-required': rule('A request field clients could leave out must now be sent.', 'summary text   // was text?', approve('requireField(Book.summary)')),
  'breaking-required-field-added': rule('A new field that every create request (or call) must send.', 'entity Book { language string }   // new, no default', approve('addRequiredField(Book.language)')),
  'breaking-field-now-optional': rule('A response field that was always present may now be null.', 'pages int?   // was int', approve('makeFieldOptional(Book.pages)')),
  'breaking-enum-value-removed': rule('An enum value clients send or read is gone.', 'enum LoanStatus { OPEN RETURNED }   // OVERDUE removed', approve('removeEnumValue(LoanStatus.OVERDUE)')),
  'breaking-parameter-removed': rule('A filter, sort field or search field of a list is gone.', 'resource books { filter genre }   // `price` removed', approve('removeParameter(books.price)')),
  'breaking-pagination-changed': rule('A list pages differently (cursor and offset swapped) or allows fewer items per page.', 'pagination { style cursor }   // was offset', approve('changePagination(books)')),
  'breaking-output-changed': rule('An action answers with another type, or may answer with nothing.', 'action reserve { output Book }   // was Loan', approve('changeOutput(books.reserve)')),
  'breaking-access-stricter': rule('An operation\'s access rule changed (other than to `public` or to more alternatives): callers allowed before may be refused.', 'access { get role(LIBRARIAN) }   // was public', approve('restrictAccess(books.get)')),
  'breaking-auth-changed': rule('A sign-in method is gone, or its token, cookie or header contract changed.', 'jwt { audience "v2" }   // was "v1"', approve('changeAuth(jwt)')),
  'breaking-type-removed': rule('A GraphQL type or protobuf message or enum clients name is gone (the entity or enum was removed or renamed).', 'entity Volume { ... }   // was `entity Book`, exposed over GraphQL', approve('removeType(Book)')),
  'breaking-package-changed': rule('The protobuf package changed because the backend was renamed.', 'backend Libraries { }   // was `backend Library`: package libraries.v1', approve('changePackage(library.v1)')),
  'breaking-event-removed': rule('A domain event subscribers consume is gone.', 'aggregate Lending { }   // event BookLent removed', approve('removeEvent(BookLent)')),
  'breaking-field-number-changed': rule('A protobuf field has another number: clients built before decode garbage.', '(the proto target\'s field-number snapshot was deleted or edited)', 'Restore the snapshot (proto-fields.json) from the baseline, or approve with `allow renumberField(Message.field)`.'),
  'breaking-schema-change': rule('A destructive database change: the migration lint\'s errors (dropped tables and columns, narrowed types…).', 'entity Order { }   // `note` removed: its column and data are dropped', 'Approve it with the migration lint\'s rule, in `compatibility { allow dropColumn(orders.note) }` or `migrations { allow dropColumn(orders.note) }`.'),
  'breaking-approval-unused': {
    severity: 'warning',
    summary: 'A `compatibility { allow … }` approval that matches no breaking change against the baseline.',
    example: 'compatibility {\n  version "2.0.0"\n  allow removeField(Member.bio)   // the baseline no longer has `bio`\n}',
    fix: 'Remove it: the baseline has moved on (the change has shipped) or the entry names the wrong element, and a stale approval could let a later change through unreviewed.',
    message: (p: { entry: string; against: string }) => `The approval \`${p.entry}\` matches no breaking change against ${p.against}; remove it.`,
  } satisfies DiagnosticDef<{ entry: string; against: string }>,
  'breaking-baseline-unreadable': {
    severity: 'error',
    summary: 'The baseline given to `--against` cannot be read or is not a valid spec.',
    example: 'pab diff --breaking --against v9.9.9   # no such git tag',
    fix: 'Give a spec file, or a git revision (tag, branch, commit) in which the spec exists at the same path; fix the errors shown for it.',
    message: (p: { against: string; problem: string }) => `The baseline ${p.against} cannot be used: ${p.problem}.`,
  } satisfies DiagnosticDef<{ against: string; problem: string }>,
});

export const diag = createDiagnosticFactory(breakingDiagnostics);
