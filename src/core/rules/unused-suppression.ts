import { defineRule } from '../lint/define-rule.js';

// Reported by the engine after mcm-disable comments are applied; this module carries the rule's metadata and sentences.
export default defineRule({
  id: 'unused-suppression',
  description: 'Every mcm-disable comment turns off a problem that is really there.',
  severity: { recommended: 'warning', strict: 'error' },
  messages: {
    unused: 'This {{comment}} comment turns off "{{ruleId}}", which reports nothing here: remove it.',
    unusedAll: 'This {{comment}} comment turns off every rule, but none reports anything here: remove it.',
    unknownRule: '"{{ruleId}}" in this {{comment}} comment is not a rule id (run "mcm rules" for the list).',
  },
  check() {},
});
