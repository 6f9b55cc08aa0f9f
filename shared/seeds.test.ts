import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoSeeds = path.resolve(import.meta.dirname, '..', 'seeds');
const teamSeeds = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

describe('the sample corpus', () => {
  it('holds the five sample pages as UTF-8 text', () => {
    const names = fs.readdirSync(repoSeeds).filter((n) => n.endsWith('.txt'));
    expect(names).toHaveLength(5);
    for (const name of names) {
      expect(() =>
        new TextDecoder('utf-8', { fatal: true }).decode(
          fs.readFileSync(path.join(repoSeeds, name)),
        ),
      ).not.toThrow();
    }
  });

  it.runIf(fs.existsSync(teamSeeds))('is byte-identical to the team reference copy', () => {
    for (const name of fs.readdirSync(teamSeeds)) {
      expect(
        fs
          .readFileSync(path.join(repoSeeds, name))
          .equals(fs.readFileSync(path.join(teamSeeds, name))),
        name,
      ).toBe(true);
    }
  });
});
