/**
 * The definition the preview opens with: several field families, a conditional show/hide
 * (destination), a conditional required (justification), a calculated value (total), a pattern
 * validation (project code) and a form-level rule. The author's words are data, not UI text.
 */
const options = (...items: [string, string][]) => ({ source: 'static', items: items.map(([value, label]) => ({ value, label })) });

export const SAMPLE_DEFINITION = {
  id: '5f0c8f8e-2b1d-4c55-9a53-0d6f4a1e7c01',
  name: 'Purchase request',
  description: 'Ask for equipment, software or travel.',
  version: 1,
  layout: { items: ['requester', 'details', 'confirmDivider', 'agree'] },
  fields: [
    { type: 'section', key: 'requester', label: 'Requester', children: ['requesterName', 'email'] },
    {
      type: 'name', key: 'requesterName', label: 'Your name', required: true,
      subFields: { prefix: { enabled: false }, middle: { enabled: false }, suffix: { enabled: false }, first: { required: true }, last: { required: true } },
    },
    { type: 'email', key: 'email', label: 'E-mail', required: true, placeholder: 'name@example.com' },
    {
      type: 'tabs', key: 'details',
      tabs: [
        { key: 'requestTab', label: 'Request', children: ['category', 'destination', 'costs', 'justification', 'projectCode', 'priority'] },
        { key: 'deliveryTab', label: 'Delivery', children: ['neededBy', 'deliveryAddress', 'quotes', 'approver', 'urgency'] },
      ],
    },
    { type: 'dropdown', key: 'category', label: 'Category', required: true, options: options(['hardware', 'Hardware'], ['software', 'Software'], ['travel', 'Travel']) },
    { type: 'short-text', key: 'destination', label: 'Destination', required: true, visibleWhen: "${category} == 'travel'", description: 'Shown only for travel.' },
    { type: 'columns', key: 'costs', columns: [{ width: 5, children: ['amount'] }, { width: 3, children: ['quantity'] }, { width: 4, children: ['total'] }] },
    { type: 'currency', key: 'amount', label: 'Unit price', currency: 'EUR', required: true, min: 0 },
    { type: 'integer', key: 'quantity', label: 'Quantity', defaultValue: 1, min: 1, max: 100 },
    { type: 'currency', key: 'total', label: 'Total', currency: 'EUR', calculation: '${amount} * ${quantity}' },
    { type: 'long-text', key: 'justification', label: 'Justification', requiredWhen: '${total} > 1000', description: 'Required when the total is over 1,000 EUR.' },
    { type: 'short-text', key: 'projectCode', label: 'Project code', placeholder: 'PRJ-1234', pattern: '^PRJ-[0-9]+$', patternMessage: 'Use PRJ- followed by digits, e.g. PRJ-1042.' },
    { type: 'radio', key: 'priority', label: 'Priority', defaultValue: 'normal', options: options(['low', 'Low'], ['normal', 'Normal'], ['high', 'High']) },
    { type: 'date', key: 'neededBy', label: 'Needed by', min: 'today' },
    { type: 'address', key: 'deliveryAddress', label: 'Delivery address', subFields: { street2: { enabled: false }, region: { enabled: false } } },
    { type: 'files', key: 'quotes', label: 'Quotes', accept: ['application/pdf', 'image/*'], maxFiles: 3, maxSizeBytes: 5000000 },
    { type: 'user-picker', key: 'approver', label: 'Approver' },
    { type: 'rating', key: 'urgency', label: 'Urgency', max: 5 },
    { type: 'divider', key: 'confirmDivider' },
    { type: 'checkbox', key: 'agree', label: 'I confirm the request follows the purchasing policy', required: true },
  ],
  validationRules: [
    { key: 'largeOrders', expression: '${quantity} <= 10 || ${justification} NOT EMPTY', message: 'Explain orders of more than 10 items.', fields: ['justification'] },
  ],
};

export const SAMPLE_DEFINITION_TEXT = JSON.stringify(SAMPLE_DEFINITION, null, 2);
