/** A clock tests move by hand: pass `clock.now` wherever code takes a `now()` function. */
export class FakeClock {
  #now: number;

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.#now = start;
  }

  readonly now = (): number => this.#now;

  advance(milliseconds: number): void {
    this.#now += milliseconds;
  }
}
