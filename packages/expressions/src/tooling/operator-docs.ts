/** Documentation of the operators and keywords, for hover and the generated reference. */

export type OperatorDoc = { syntax: string; description: string; example: string };

export const OPERATOR_DOCS: Record<string, OperatorDoc> = {
  '==': { syntax: 'a == b', description: 'Equal: numbers by value, texts exactly, dates by day or instant, lists and records item by item. Never coerces a text to a number. null == null is true.', example: "${status} == 'active'" },
  '!=': { syntax: 'a != b', description: 'Not equal (the negation of ==).', example: "${status} != 'closed'" },
  '<': { syntax: 'a < b', description: 'Less than, for numbers, texts, booleans and dates. False when either side is null or the types differ.', example: '${age} < 18' },
  '>': { syntax: 'a > b', description: 'Greater than (see <).', example: '${amount} > 1000' },
  '<=': { syntax: 'a <= b', description: 'Less than or equal (see <).', example: '${qty} <= 10' },
  '>=': { syntax: 'a >= b', description: 'Greater than or equal (see <).', example: '${amount} >= 10000' },
  '&&': { syntax: 'a && b', description: 'True when both sides are true (null, false, 0, empty text and empty list are false). The right side is evaluated only when needed.', example: "${type} == 'A' && ${priority} == 'high'" },
  '||': { syntax: 'a || b', description: 'True when either side is true.', example: "${vip} || ${amount} > 500" },
  '!': { syntax: '!a', description: 'Not: true when a is false, null, 0, empty text or an empty list. NOT a is the same.', example: '!${approved}' },
  '+': { syntax: 'a + b', description: 'Adds numbers exactly (0.1 + 0.2 == 0.3); joins texts when either side is a text (null as empty text); joins two lists. null + number is null.', example: '${net} + ${tax}' },
  '-': { syntax: 'a - b, -a', description: 'Subtracts or negates numbers. null gives null.', example: '${total} - ${discount}' },
  '*': { syntax: 'a * b', description: 'Multiplies numbers exactly.', example: '${qty} * ${price}' },
  '/': { syntax: 'a / b', description: 'Divides with 34 significant digits. Division by zero gives null (with a warning).', example: '${total} / ${count}' },
  '%': { syntax: 'a % b', description: 'Remainder with the sign of a (MOD keeps the sign of the divisor). By zero: null.', example: '${n} % 2 == 0' },
  '?': { syntax: 'test ? a : b', description: 'a when test is true, otherwise b; only the chosen side is evaluated.', example: "${amount} > 10000 ? 'cfo' : 'manager'" },
  IN: { syntax: 'a IN list', description: 'True when the list has an item equal (==) to a. False when the right side is not a list.', example: "${category} IN ['sales', 'marketing']" },
  'NOT IN': { syntax: 'a NOT IN list', description: 'The negation of IN.', example: "${country} NOT IN ['US', 'CA']" },
  CONTAINS: { syntax: 'a CONTAINS b', description: 'Text contains text (case-sensitive), list has an item equal to b, or record has the key b. False for null.', example: "${tags} CONTAINS 'urgent'" },
  EMPTY: { syntax: 'a EMPTY', description: 'True for null, empty text, an empty list and an empty record (0 and false are not empty).', example: '${notes} EMPTY' },
  'NOT EMPTY': { syntax: 'a NOT EMPTY', description: 'The negation of EMPTY.', example: '${notes} NOT EMPTY' },
  MATCHES: { syntax: 'text MATCHES pattern', description: 'True when the regular expression (JavaScript syntax, Unicode) matches somewhere in the text; anchor with ^ and $. Unsafe patterns are rejected (see Limits).', example: "${code} MATCHES '^PRJ-[0-9]+$'" },
  NOT: { syntax: 'NOT a, a NOT IN b, a NOT EMPTY', description: 'Negation; also part of NOT IN and NOT EMPTY.', example: 'NOT ${approved}' },
  TRUE: { syntax: 'true', description: 'The boolean true.', example: '${active} == true' },
  FALSE: { syntax: 'false', description: 'The boolean false.', example: '${active} == false' },
  NULL: { syntax: 'null', description: 'No value. Missing fields are null.', example: '${manager} == null' },
};
