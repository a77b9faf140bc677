import { defineRule } from '../lint/define-rule.js';
import { startsLine } from '../text/lines.js';

// yaml-language-server reads a whole-line comment matching /^#\s+yaml-language-server\s*:/ and takes the first
// /\$schema=\S+/ in it (redhat-developer/yaml-language-server, src/languageservice/utils/modelineUtil.ts).
const READ = /^#\s+yaml-language-server\s*:.*\$schema=\S+/;
// What a person meant as that comment: the tool's name, however spaced, hyphenated or cased.
// Tried at each line whose first character but blanks is "#" (a search for ^ with the m flag would try every
// position of a large file).
const MEANT = /([ \t]*)(#[ \t]*yaml[-_ ]?language[-_ ]?server\b.*?)[ \t]*$/imy;
const REFERENCE = /\$?schema\s*[=:]\s*["']?([^\s"']+)/i;

export default defineRule({
  id: 'modeline',
  description: 'The comment that tells editors where the schema is (the yaml-language-server modeline) is written so that they read it.',
  severity: { recommended: 'warning', strict: 'warning' },
  fixable: 'layout',
  messages: {
    // What its fix does, as the editor offers it.
    fixModeline: 'Write the modeline as editors read it',
    unread: 'Editors ignore this modeline as it is written, so they do not check the strategy against mcm\'s schema: write it as "# yaml-language-server: $schema={{reference}}".',
    noReference: 'This modeline names no schema, so editors cannot check the strategy: write it as "# yaml-language-server: $schema=" followed by the path or web address of mcm\'s schema (mcm init writes one; mcm schema prints it).',
  },
  check({ text, report }) {
    for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
      let lineStart = hash;
      while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
      // Not the first thing on its line (a second mention on a line is part of the first one's comment).
      if (!startsLine(text, lineStart)) continue;
      MEANT.lastIndex = lineStart;
      const match = MEANT.exec(text);
      if (!match) continue;
      const [, indent = '', comment = ''] = match;
      if (READ.test(comment)) continue;
      const start = match.index + indent.length;
      const at: [number, number] = [start, start + comment.length];
      const reference = REFERENCE.exec(comment.replace(/^#[^:=$]*?server\b\s*:?/i, ''))?.[1];
      if (!reference) {
        report({ messageId: 'noReference', path: [], at });
        continue;
      }
      const fixed = `# yaml-language-server: $schema=${reference}`;
      report({ messageId: 'unread', data: { reference }, path: [], at, fix: { range: at, text: fixed, desc: { messageId: 'fixModeline' } } });
    }
  },
});
