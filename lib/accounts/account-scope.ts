/**
 * The `account` parameter of the console's URLs and API queries. No zod here on purpose: browser
 * code imports these constants. Lives at the bottom of the dependency graph, so `lib/accounts`
 * needs nothing from `lib/templates`.
 */

/** The `account` value meaning "every account the user may see". */
export const ALL_ACCOUNTS = "all";

/** An account id or `all`: letters, digits, `_`, `.` and `-`, at most 64 characters. */
export const ACCOUNT_PARAM_MAX = 64;
export const ACCOUNT_PARAM_PATTERN = /^[\w.-]+$/;
