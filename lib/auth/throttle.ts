import { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Sign-in throttling (rate-limiter-flexible, in-memory: one console process; a shared store comes
 * with multi-instance deployments).
 *
 * - per user name (lower-cased, known or not, so unknown names behave exactly like real ones):
 *   `maxPerUser` failures in a 15-minute window lock the name; each further lock within a day
 *   doubles (15 min, 30 min, 1 h, … capped at 24 h);
 * - per client IP: `maxPerIp` failures in 15 minutes lock that address for 15 minutes;
 * - a successful sign-in clears the user's counters. It does not clear the IP's: otherwise an
 *   attacker with one valid account could reset the per-IP budget between guesses at others.
 *
 * A locked name or address is answered with 429 + Retry-After before the password is checked.
 */

export interface ThrottleOptions {
  maxPerUser: number;
  maxPerIp: number;
  windowSeconds?: number;
  maxLockSeconds?: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly byUser: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;
  private readonly lockouts: RateLimiterMemory;
  private readonly window: number;
  private readonly maxLock: number;

  constructor(private readonly options: ThrottleOptions) {
    this.window = options.windowSeconds ?? 15 * 60;
    this.maxLock = options.maxLockSeconds ?? 24 * 60 * 60;
    this.byUser = new RateLimiterMemory({
      keyPrefix: "login-user",
      points: options.maxPerUser,
      duration: this.window,
    });
    this.byIp = new RateLimiterMemory({
      keyPrefix: "login-ip",
      points: options.maxPerIp,
      duration: this.window,
    });
    this.lockouts = new RateLimiterMemory({
      keyPrefix: "login-lockouts",
      points: 1_000_000,
      duration: 24 * 60 * 60,
    });
  }

  static userKey(name: string): string {
    return name.trim().toLowerCase().slice(0, 128);
  }

  /** Before checking a password: is this name or address locked? */
  async check(name: string, ip: string): Promise<ThrottleVerdict> {
    const [user, addr] = await Promise.all([this.byUser.get(LoginThrottle.userKey(name)), this.byIp.get(ip)]);
    const waits = [
      user && user.consumedPoints >= this.options.maxPerUser ? user.msBeforeNext : 0,
      addr && addr.consumedPoints >= this.options.maxPerIp ? addr.msBeforeNext : 0,
    ];
    const ms = Math.max(...waits);
    return ms > 0
      ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }
      : { allowed: true };
  }

  /** After a failed attempt: count it; the verdict says whether this failure locked something. */
  async fail(name: string, ip: string): Promise<ThrottleVerdict> {
    const key = LoginThrottle.userKey(name);
    const [user, addr] = await Promise.all([this.byUser.penalty(key), this.byIp.penalty(ip)]);
    let lockSeconds = 0;
    if (user.consumedPoints >= this.options.maxPerUser) {
      const lockout = await this.lockouts.penalty(key);
      const seconds = Math.min(this.window * 2 ** Math.max(0, lockout.consumedPoints - 1), this.maxLock);
      await this.byUser.set(key, user.consumedPoints, seconds);
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

  async succeed(name: string): Promise<void> {
    const key = LoginThrottle.userKey(name);
    await Promise.all([this.byUser.delete(key), this.lockouts.delete(key)]);
  }
}
