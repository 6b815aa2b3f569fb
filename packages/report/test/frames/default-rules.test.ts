import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/index.js';

const guide = readFileSync(
  fileURLToPath(new URL('../../../../docs/guide/in-app-rules.md', import.meta.url)),
  'utf8',
);

describe('DEFAULT_RULES', () => {
  for (const [section, text] of Object.entries(DEFAULT_RULES)) {
    it(`${section}: printed unchanged in docs/guide/in-app-rules.md`, () => {
      expect(guide).toContain(`### \`${section}\`\n\n\`\`\`text\n${text.trim()}\n\`\`\``);
    });
  }
});
