import { defineRule } from '../lint/define-rule.js';

// Reported by the loader (strategy/parse.ts); this module carries the rule's metadata.
export default defineRule({
  id: 'yaml-syntax',
  description: 'The file parses as one YAML document, with no duplicate keys.',
  severity: { recommended: 'error', strict: 'error' },
  messages: { invalid: '{{message}}', warning: '{{message}}' },
  check() {},
});
