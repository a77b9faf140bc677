import { defineRule } from '../lint/define-rule.js';

// Reported by the engine after mcm-disable comments are applied; this module carries the rule's metadata.
export default defineRule({
  id: 'unused-suppression',
  description: 'Every mcm-disable comment turns off a problem that is really there.',
  severity: { recommended: 'warning', strict: 'error' },
  messages: { unused: '{{message}}', unknownRule: '{{message}}' },
  check() {},
});
