/** The examples of the spec (§8.3.1, §8.4); each evaluates against the default sample data. */
export const EXPRESSION_EXAMPLES: readonly string[] = [
  "${amount} > 1000 && ${region} IN ['EU','US']",
  "IF(${type}=='A', 0.1, 0.15)",
  'SUM(${lineItems}.amount)',
  "${code} MATCHES '^PRJ-[0-9]+$'",
  "CONCAT(${firstName}, ' ', ${lastName})",
  "DATEADD(${startDate}, 30, 'days')",
  "${record.amount > 10000 ? 'cfo' : 'manager'}",
  "${category} IN ['sales', 'marketing']",
  '${notes} NOT EMPTY',
  '0.1 + 0.2 == 0.3',
];
