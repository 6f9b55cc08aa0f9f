import { describe, expect, it } from 'vitest';
import { contract, domainContracts } from './contract';
import { methodNames } from './method-names';

describe('the contract, grouped by domain', () => {
  it('declares every method in exactly one domain', () => {
    const declaredIn = new Map<string, string[]>();
    for (const [domain, methods] of Object.entries(domainContracts)) {
      for (const method of Object.keys(methods)) {
        declaredIn.set(method, [...(declaredIn.get(method) ?? []), domain]);
      }
    }
    const twice = [...declaredIn].filter(([, domains]) => domains.length > 1);
    expect(twice).toEqual([]);
    expect([...declaredIn.keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it('lists for the preload exactly the methods the contract declares', () => {
    expect([...methodNames].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(methodNames).size).toBe(methodNames.length);
  });
});
