/** The hand-written parts of docs/expressions.md: syntax, semantics, limits, SQL subset. */

export const INTRODUCTION = `FlowForge expressions are small formulas used in form conditions and calculations, process
gateway conditions, assignment rules, dataset filters and row-level security, webhook filters and
report fields (spec §8.3.1, §8.4). The same package evaluates them in the browser and on the server.`;

export const SYNTAX = `- **Fields**: \`\${amount}\`, paths \`\${record.amount}\`. Inside \`\${ … }\` a whole expression may be
  written, where bare names are fields: \`\${record.amount > 10000 ? 'cfo' : 'manager'}\`. Outside
  \`\${}\` a bare name not followed by \`(\` is a field too (\`amount > 5\`).
- **Projection**: \`\${lineItems}.amount\` is the list of the items' \`amount\`; \`.name\` on a record is
  its property. Only own properties are read: \`\${__proto__}\` and \`\${constructor}\` are missing fields (null).
- **Literals**: numbers \`42\`, \`0.15\`, \`1e3\`; texts \`'single'\` or \`"double"\` with escapes
  \`\\n \\t \\r \\\\ \\' \\" \\u00e9 \\u{1F600}\`; \`true\`, \`false\`, \`null\`; lists \`[1, 2]\`; records \`{ amount: 1, 'a b': 2 }\`.
- **Functions**: \`NAME(arg, …)\`; names and keywords are case-insensitive.
- **Precedence** (loosest first): \`? :\` · \`||\` · \`&&\` · \`== !=\` · \`< > <= >= IN NOT IN CONTAINS
  MATCHES EMPTY NOT EMPTY\` · \`+ -\` · \`* / %\` · unary \`! -\` (and \`NOT\`) · \`.\` projection.`;

export const SEMANTICS = `- **Missing fields are null.** A field that is absent, \`undefined\`, \`NaN\` or not a plain value reads as null.
- **Comparisons with null**: \`null == null\` is true, \`x == null\` is true only when x is null;
  \`<\`, \`>\`, \`<=\`, \`>=\` with a null side are false (so \`!(\${a} > 1)\` is true when a is null).
- **EMPTY**: true for null, \`''\`, \`[]\` and \`{}\`; \`0\` and \`false\` are not empty. Text of spaces is not empty.
- **Conditions** (\`&&\`, \`||\`, \`!\`, \`? :\`, IF, AND, OR, NOT): null, false, 0, \`''\` and \`[]\` count as false.
  The result of \`&&\`, \`||\` and \`!\` is always a boolean.
- **Arithmetic with null** gives null (\`null + 1\` is null); \`+\` with a text joins texts and treats null
  as empty (\`'a' + null\` is \`'a'\`). Aggregates (SUM, AVG, COUNT, MIN, MAX) skip nulls.
- **No coercion**: \`'1' == 1\` is false and \`'10' > 9\` is false. Fields declared as number/decimal read
  numeric text as numbers; fields declared as date/datetime read ISO text as dates. A text is compared
  with a date as an ISO date or date-time.
- **Exact numbers**: \`0.1 + 0.2 == 0.3\`. Numbers are decimal with 34 significant digits; division rounds
  half up at the 34th digit. At the boundary they become JS numbers (the nearest double).
  Division or MOD by zero gives null with a warning.
- **Dates**: a date is a calendar day (\`'YYYY-MM-DD'\` at the boundary); a date-time is an instant written
  as ISO 8601 with the offset of the evaluation's time zone (\`'2024-03-31T12:00:00+02:00'\`). TODAY, DATEADD
  by days or months, DATEDIFF in days and FORMAT use the zone the host passes (\`context.timeZone\`); the
  clock is \`context.now()\`, read once per evaluation. A wall time skipped by a DST change moves forward,
  a repeated one takes the earlier instant.
- **Errors are values**: a user mistake never throws. Compile errors make \`ok\` false; at run time a
  problem gives null for that part of the expression plus a diagnostic.`;

export const SAFETY = `- No \`eval\`, no \`Function\`, no prototype access; host objects are read through own properties only.
- **MATCHES** accepts JavaScript regular expressions (Unicode mode) of at most \`maxRegexLength\` characters,
  with no backreferences and star height one: a group repeated by \`*\`, \`+\`, \`{n,}\` or \`{n,m}\` with
  m > 10 may not contain repetition or alternatives (\`(a+)+\`, \`(a|b)*\` are rejected, \`(\\.[0-9]+)?\` and
  \`[a-z]+(-[a-z]+)?\` are fine). Text longer than \`maxMatchInputLength\` does not match (with a warning).
  Literal patterns are checked when the expression is compiled.
- **Host functions** (LOOKUP, VLOOKUP, RELATED, DECISION, CURRENTUSER, USERPROP, INROLE and functions the
  host declares) are implemented by the host in \`context.functions\`, keyed by the upper-case name, and
  receive plain JS arguments. In \`run\` they must be synchronous (a promise is a diagnostic); \`runAsync\`
  awaits them. Each distinct call (name and arguments) reaches the host once per \`runAsync\`.`;

export const SQL_SUBSET = `\`toSql(expression, { columns, fields, paramOffset, user, now, timeZone })\` compiles this subset to a
parameterized PostgreSQL fragment with the evaluator's meaning (null rules included):

- fields, through the host's \`columns\` mapping only (a field without a mapping is a diagnostic);
- literals, always as \`$n\` parameters with a cast (\`$1::text\`, \`$2::numeric\`, \`$3::boolean\`), \`null\` as \`NULL\`;
- \`== != < > <= >= && || !\`, \`? :\`, \`IN\`/\`NOT IN\` (a list literal, or a field declared as a list),
  \`CONTAINS\` (\`strpos\`, or \`= ANY\` for list fields), \`EMPTY\`/\`NOT EMPTY\`, \`MATCHES\` (PostgreSQL \`~\`,
  literal patterns that pass the MATCHES guard; PostgreSQL's regex dialect applies);
- \`+ - * / %\` (division by zero is NULL), text \`+\` as \`concat\`;
- UPPER LOWER TRIM LEN SUBSTRING CONCAT REPLACE ABS ROUND FLOOR CEILING POWER MOD COALESCE IF AND OR NOT;
- CURRENTUSER() and INROLE(role) from \`options.user\`, TODAY() and NOW() from \`options.now\`/\`timeZone\`, as parameters.

Anything else (projection, records, date arithmetic, aggregates, lookups) is a diagnostic
(\`sql-unsupported\`, \`sql-unsupported-function\`, \`sql-unknown-column\`): the result has \`ok: false\` and no SQL.
Column expressions must have the types the expression implies (e.g. cast JSON text to numeric in the mapping).`;
