import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';

const actorOf = (text: string, word: string): string | null | undefined => code(text).entities.find((e) => e.text === word)?.actor;

describe('a place name two countries share', () => {
  it('keeps the first country (the capital) when the text names neither', () => {
    expect(actorOf('Rebels shelled Tripoli on Monday.', 'Tripoli')).toBe('LBY');
  });

  it('follows the country named in the same sentence', () => {
    expect(actorOf('Gunmen fought in Tripoli, the second city of Lebanon, on Monday.', 'Tripoli')).toBe('LBN');
    expect(actorOf('Militias clashed in Tripoli as shells hit the Lebanese port.', 'Tripoli')).toBe('LBN');
    expect(actorOf('Militias clashed in Tripoli as shells hit the Libyan capital.', 'Tripoli')).toBe('LBY');
  });

  it('else follows the country named elsewhere in the text', () => {
    expect(actorOf('The Lebanese army moved north. Clashes in Tripoli killed five people.', 'Tripoli')).toBe('LBN');
  });

  it('keeps the first country when the text names both', () => {
    expect(actorOf('Envoys from Libya and Lebanon met in Tripoli.', 'Tripoli')).toBe('LBY');
  });
});
