/**
 * Request header carrying the path and query of the page being rendered. proxy.ts sets (always
 * overwrites) it; layouts read it to build `callbackUrl`s, since Next gives layouts no URL.
 */
export const PATH_HEADER = "x-custody-path";
