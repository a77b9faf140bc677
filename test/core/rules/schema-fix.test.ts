import { describe, test } from 'vitest';
import { ruleTester } from '../../../src/core/lint/rule-tester.js';
import schema from '../../../src/core/rules/schema.js';
import { specExample } from '../../helpers.js';

describe('schema fixes', () => {
  test('a misspelt key or value with exactly one close known one is renamed; anything less sure is left alone', () => {
    ruleTester.run(schema, {
      valid: [specExample],
      invalid: [
        {
          // The key is renamed in place: its value, comment and spacing stay as written.
          code: specExample.replace('usp: Done', 'usb: Done'),
          errors: [{ messageId: 'unknownKey', line: 11, column: 1, endColumn: 4, text: 'Unknown key "usb" in the strategy; did you mean "usp"?' }],
          output: specExample,
        },
        {
          code: specExample.replace('    objective: Drivers book online', '    objectve: Drivers book online'),
          errors: [{ messageId: 'unknownKey', line: 79, column: 5 }],
          output: specExample,
        },
        {
          // A stage misspelt, quoted: the quotes stay.
          code: specExample.replace('  - stage: retention', '  - stage: "retension"'),
          errors: [{ messageId: 'enum', line: 81, column: 12 }],
          output: specExample.replace('  - stage: retention', '  - stage: "retention"'),
        },
        {
          // Renaming would make a second "usp": not fixed.
          code: specExample.replace('usp: Done', 'usp: Done in 30\nusb: Done'),
          errors: [{ messageId: 'unknownKey', line: 12, column: 1 }],
          output: null,
        },
        {
          // Nothing close enough: no guess.
          code: specExample.replace('usp: Done', 'usp: Done in 30\nslogan: Done'),
          errors: [{ messageId: 'unknownKey', line: 12, column: 1 }],
          output: null,
        },
      ],
    });
  });
});
