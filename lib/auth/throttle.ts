import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

/**
 * Sign-in throttling. Three counters, none of which lets a stranger lock a user out:
 *
 * - per (user name, client IP) pair: `maxPerUser` failures in a 15-minute window lock that pair;
 *   each further lock within a day doubles (15 min, 30 min, … capped at `maxLockSeconds`). Only the
 *   guesser's own address is locked out of that name;
 * - per client IP: `maxPerIp` failures in 15 minutes lock that address for 15 minutes;
 * - per user name (lower-cased, known or not, so unknown names behave like real ones): only a
 *   progressive DELAY once the name passed `maxPerUser` failures from anywhere (250 ms, doubling,
 *   capped at `maxDelayMs`). A flood from many addresses slows guessing down but never refuses the
 *   right password from a new address.
 * - a successful sign-in clears the pair's and the name's counters, not the IP's: otherwise an
 *   attacker with one valid account could reset the per-IP budget between guesses at others.
 *
 * Storage: every counter is a rate-limiter-flexible limiter created by `store`. The default is in
 * memory (one console process); for several instances pass a factory returning
 * `RateLimiterPostgres` limiters with the same options — nothing else changes.
 */

export interface CounterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/** The subset of rate-limiter-flexible's limiter API the throttle uses (Memory, Postgres, …). */
export interface Counter {
  get(key: string): Promise<RateLimiterRes | null>;
  penalty(key: string, points?: number): Promise<RateLimiterRes>;
  set(key: string, points: number, secDuration: number): Promise<RateLimiterRes>;
  delete(key: string): Promise<boolean>;
}

export type CounterStore = (options: CounterOptions) => Counter;

export const memoryCounterStore: CounterStore = (options) => new RateLimiterMemory(options);

export interface ThrottleOptions {
  maxPerUser: number;
  maxPerIp: number;
  windowSeconds?: number;
  maxLockSeconds?: number;
  /** Upper bound of the per-name delay. Default 5 s. */
  maxDelayMs?: number;
  store?: CounterStore;
}

export type ThrottleVerdict =
  | { allowed: true; delayMs?: number }
  | { allowed: false; retryAfterSeconds: number };

const BASE_DELAY_MS = 250;

export class LoginThrottle {
  private readonly byPair: Counter;
  private readonly byIp: Counter;
  private readonly byName: Counter;
  private readonly lockouts: Counter;
  private readonly window: number;
  private readonly maxLock: number;
  private readonly maxDelay: number;

  constructor(private readonly options: ThrottleOptions) {
    const store = options.store ?? memoryCounterStore;
    this.window = options.windowSeconds ?? 15 * 60;
    this.maxLock = options.maxLockSeconds ?? 24 * 60 * 60;
    this.maxDelay = options.maxDelayMs ?? 5_000;
    const huge = 1_000_000_000;
    this.byPair = store({ keyPrefix: "login-pair", points: options.maxPerUser, duration: this.window });
    this.byIp = store({ keyPrefix: "login-ip", points: options.maxPerIp, duration: this.window });
    this.byName = store({ keyPrefix: "login-name", points: huge, duration: this.window });
    this.lockouts = store({ keyPrefix: "login-lockouts", points: huge, duration: 24 * 60 * 60 });
  }

  static userKey(name: string): string {
    return name.trim().toLowerCase().slice(0, 128);
  }

  private static pairKey(name: string, ip: string): string {
    return `${LoginThrottle.userKey(name)}\u0000${ip}`;
  }

  /** Before checking a password: is this pair or address locked, and how long to wait first? */
  async check(name: string, ip: string): Promise<ThrottleVerdict> {
    const [pair, addr, byName] = await Promise.all([
      this.byPair.get(LoginThrottle.pairKey(name, ip)),
      this.byIp.get(ip),
      this.byName.get(LoginThrottle.userKey(name)),
    ]);
    const ms = Math.max(
      pair && pair.consumedPoints >= this.options.maxPerUser ? pair.msBeforeNext : 0,
      addr && addr.consumedPoints >= this.options.maxPerIp ? addr.msBeforeNext : 0,
    );
    if (ms > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
    const over = (byName?.consumedPoints ?? 0) - this.options.maxPerUser;
    const delayMs = over < 0 ? 0 : Math.min(this.maxDelay, BASE_DELAY_MS * 2 ** Math.min(over, 30));
    return { allowed: true, delayMs };
  }

  /** After a failed attempt: count it; the verdict says whether this failure locked something. */
  async fail(name: string, ip: string): Promise<ThrottleVerdict> {
    const key = LoginThrottle.pairKey(name, ip);
    const [pair, addr] = await Promise.all([
      this.byPair.penalty(key),
      this.byIp.penalty(ip),
      this.byName.penalty(LoginThrottle.userKey(name)),
    ]);
    let lockSeconds = 0;
    if (pair.consumedPoints >= this.options.maxPerUser) {
      const lockout = await this.lockouts.penalty(key);
      const seconds = Math.min(this.window * 2 ** Math.max(0, lockout.consumedPoints - 1), this.maxLock);
      await this.byPair.set(key, pair.consumedPoints, seconds);
      lockSeconds = seconds;
    }
    if (addr.consumedPoints >= this.options.maxPerIp) {
      // Keep the window's remaining time if it is longer; otherwise start a full lock.
      const seconds = Math.max(this.window, Math.ceil(addr.msBeforeNext / 1000));
      await this.byIp.set(ip, addr.consumedPoints, seconds);
      lockSeconds = Math.max(lockSeconds, seconds);
    }
    return lockSeconds > 0 ? { allowed: false, retryAfterSeconds: lockSeconds } : { allowed: true };
  }

  async succeed(name: string, ip: string): Promise<void> {
    const key = LoginThrottle.pairKey(name, ip);
    await Promise.all([
      this.byPair.delete(key),
      this.lockouts.delete(key),
      this.byName.delete(LoginThrottle.userKey(name)),
    ]);
  }
}
