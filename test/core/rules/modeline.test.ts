import { describe, test } from 'vitest';
import { ruleTester } from '../../../src/core/lint/rule-tester.js';
import modeline from '../../../src/core/rules/modeline.js';
import { specExample } from '../../helpers.js';

const first = '# yaml-language-server: $schema=../../../schemas/strategy.schema.json\n';
const body = specExample.slice(first.length);

describe('modeline', () => {
  test('cases', () => {
    ruleTester.run(modeline, {
      valid: [
        specExample,
        // No modeline at all: editors may get the schema from their settings.
        body,
        // Indented, several spaces, or a URL: all read by yaml-language-server.
        `  #   yaml-language-server:   $schema=https://example.com/strategy.schema.json\n${body}`,
        // Other comments that mention the tool are not modelines.
        `${first}# Editors with yaml-language-server check this file.\n${body}`.replace('# Editors with yaml-language-server', '# Editors that run yaml-language-server'),
      ],
      invalid: [
        {
          code: `#yaml-language-server: $schema=../../../schemas/strategy.schema.json\n${body}`,
          errors: [{
            messageId: 'unread', line: 1, column: 1, endColumn: 69,
            text: 'Editors ignore this modeline as it is written, so they do not check the strategy against mcm\'s schema: write it as "# yaml-language-server: $schema=../../../schemas/strategy.schema.json".',
          }],
          output: specExample,
        },
        {
          code: `# yaml-language-server $schema = ../../../schemas/strategy.schema.json\n${body}`,
          errors: [{ messageId: 'unread', line: 1, column: 1 }],
          output: specExample,
        },
        {
          code: `# YAML Language Server: schema="../../../schemas/strategy.schema.json"\n${body}`,
          errors: [{ messageId: 'unread', line: 1, column: 1 }],
          output: specExample,
        },
        {
          code: `${body}  # yaml-languageserver: $schema=https://example.com/s.json   \n`,
          errors: [{ messageId: 'unread', line: 88, column: 3, endColumn: 60 }],
          output: `${body}  # yaml-language-server: $schema=https://example.com/s.json   \n`,
        },
        {
          code: `# yaml-language-server: (schema to come)\n${body}`,
          errors: [{
            messageId: 'noReference', line: 1, column: 1,
            text: 'This modeline names no schema, so editors cannot check the strategy: write it as "# yaml-language-server: $schema=" followed by the path or web address of mcm\'s schema (mcm init writes one; mcm schema prints it).',
          }],
          output: null,
        },
      ],
    });
  });
});
