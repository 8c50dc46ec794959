import { describe, expect, it } from 'vitest';
import { secretBox } from './alerts-secret-box';

const SECRET = 'a-session-secret-of-at-least-32-characters';

describe('secretBox', () => {
  it('seals so that the secret is not in the sealed text, differently each time, and opens it again', () => {
    const box = secretBox(SECRET);
    const url = 'https://hooks.slack.com/services/T0/B0/secret-token';
    const a = box.seal(url);
    const b = box.seal(url);
    expect(a).not.toContain('secret-token');
    expect(a).not.toBe(b);
    expect(a.startsWith('v1.')).toBe(true);
    expect(box.open(a)).toBe(url);
    expect(box.open(b)).toBe(url);
  });

  it('refuses a value sealed with another key, or altered', () => {
    const sealed = secretBox(SECRET).seal('smtp://user:pass@mail.example.com');
    expect(() => secretBox(`${SECRET}-other`).open(sealed)).toThrow(/ALERTS_SECRET/);
    const at = sealed.length - 2;
    const flipped = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    expect(() => secretBox(SECRET).open(flipped)).toThrow();
    expect(() => secretBox(SECRET).open('plain-text')).toThrow(/not sealed/);
  });
});
