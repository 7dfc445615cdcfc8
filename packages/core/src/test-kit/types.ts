import type { CompleteAdapter as Adapter } from '../adapter.js';
import type { Seed } from '../seed.js';

/** An adapter under test, loaded with a seed: `as(id)` acts as a seeded person, `as(null)` is signed out. */
export interface ContractFixture {
  as(userId: string | null): Adapter;
  /** Frees what the fixture holds (servers, databases). */
  close?(): Promise<void>;
}

/** Makes a fresh fixture holding exactly `seed`. */
export type ContractFactory = (seed: Seed) => Promise<ContractFixture>;

/** One contract expectation, grouped by `area`. */
export interface ContractCase {
  area: string;
  name: string;
  run(factory: ContractFactory): Promise<void>;
}

/** The `describe`/`it` pair of mocha, node:test or any compatible runner. */
export interface TestRegistrar {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: () => Promise<void>) => void;
}
