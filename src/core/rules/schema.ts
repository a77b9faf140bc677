import { defineRule } from '../lint/define-rule.js';

// Reported by strategy/schema-check.ts against schemas/strategy.schema.json; this module carries the rule's metadata.
export default defineRule({
  id: 'schema',
  description: 'The strategy follows the mcm file format: required keys, value types, known keys.',
  severity: { recommended: 'error', strict: 'error' },
  // A misspelt key or value with exactly one close known one is renamed.
  fixable: 'problem',
  messages: { required: '{{message}}', unknownKey: '{{message}}', type: '{{message}}', enum: '{{message}}' },
  check() {},
});
