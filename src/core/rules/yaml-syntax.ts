import { defineRule } from '../lint/define-rule.js';

// Reported by the loader (strategy/parse.ts, strategy/yaml-load.ts); this module carries the rule's metadata and
// its sentences. `detail` is the YAML parser's own description of a problem mcm has no better words for.
export default defineRule({
  id: 'yaml-syntax',
  description: 'The file parses as one YAML document, with no duplicate keys.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    binary: 'This file holds binary data, not a YAML strategy.',
    notUtf8: 'This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").',
    tooLarge: 'This file is larger than {{limit}} MB, the most mcm reads (a strategy of 10,000 channels is about 6 MB): check that it is the right file, or split the strategy.',
    loneCr: 'This file ends its lines with a carriage return alone (CR), as classic Mac OS did: YAML reads it as one line. Save it with LF line endings (editors offer them under "Line endings" or "End of line sequence").',
    empty: 'The file is empty: a strategy starts with "mcm: 1" (run "mcm init" to draft one).',
    tooDeep: 'Lists or mappings are nested too deeply here for mcm to read (a strategy needs a few): check the brackets and the indentation.',
    tooDeepLimit: 'Lists or mappings are nested too deeply here for mcm to read (more than {{limit}} levels; a strategy needs a few): check the brackets and the indentation.',
    aliases: 'The file uses aliases (*name) that would expand to more than {{limit}} copies: mcm stops here to protect your machine. Write the values out, or use fewer aliases.',
    unknownAlias: 'The alias "*{{name}}" refers to no anchor: nothing before it is marked "&{{name}}". Mark the value it should repeat with &{{name}}, or write the value out.',
    duplicateKey: 'The key "{{key}}" appears twice in the same place: keep one.',
    tabIndent: 'A tab indents this line: YAML indents with spaces only.',
    multipleDocs: 'The file holds more than one YAML document (a second "---"): a strategy is one document.',
    indentation: 'The indentation of this line does not fit the lines around it: check it, and put text that contains ": " or " #" in quotes.',
    colonInText: 'This value holds ": ", which YAML reads as the start of another key: put the whole text in quotes.',
    unclosedQuote: 'A quote opened here is never closed: end the text with the same quote mark it starts with.',
    unclosedFlow: 'A list or mapping in brackets ([ ] or { }) is not written as YAML reads it here: check that it is closed and that its items are separated by commas, and put text that contains "#", ": " or a comma in quotes.',
    noValue: 'This line holds a key without a colon after it: write "key: value", or put the text in quotes if it belongs to the line above.',
    gluedComment: 'A "#" is glued to the value before it: put a space before it to start a comment, or put the whole text in quotes.',
    noDash: 'This line sits in a list but does not start with "-": start each item of a list with "- ", or indent the line as the lines of the item above.',
    reservedStart: 'A value here starts with {{char}}, which YAML reserves: put the whole value in quotes.',
    badEscape: 'The double-quoted text holds {{escape}}, a backslash escape YAML does not know: write \\\\ for a backslash, or use single quotes.',
    unknownTag: 'The tag {{tag}} is not one mcm reads: mcm reads plain YAML values only, so this value is read as text.',
    parser: 'YAML cannot read this line ({{detail}}): check the indentation, the quotes and the brackets around it.',
  },
  check() {},
});
