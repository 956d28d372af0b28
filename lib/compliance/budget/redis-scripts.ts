import "server-only";

// All three scripts read the clock with Redis TIME, so every process sharing the budget agrees on
// "now" whatever its own clock says. Stamps are ms (integer part of TIME in µs / 1000).
// Window membership: a stamp counts while now < stamp + window, i.e. score > now - window.

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * Admit one send. KEYS: log zset, blocked-until key. ARGV: limit, window ms, grace ms, unique member.
 * Returns {admitted 0|1, wait ms, sends in window}.
 */
export const ADMIT_SCRIPT = `${NOW}
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local grace = tonumber(ARGV[3])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return {0, blocked - now, -1} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window - grace)
local live = redis.call('ZCOUNT', KEYS[1], '(' .. (now - window), '+inf')
if live < limit then
  redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window + grace + 1000)
  return {1, 0, live + 1}
end
local leaving = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - window), '+inf', 'WITHSCORES', 'LIMIT', live - limit, 1)
local wait = tonumber(leaving[2]) + window - now
if wait < 1 then wait = 1 end
return {0, wait, live}
`;

/** The server said remaining 0 until ARGV[1] (epoch ms): nobody sends before then. KEYS: blocked-until key. */
export const BLOCK_SCRIPT = `${NOW}
local untilMs = tonumber(ARGV[1])
if untilMs <= now then return 0 end
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current then
  redis.call('SET', KEYS[1], untilMs, 'PX', untilMs - now + 1000)
end
return 1
`;

/**
 * Adopt the server's count when it exceeds ours. KEYS: log zset. ARGV: server's used count,
 * window ms (ours, with margin), grace ms, member prefix, server reset epoch ms (0 = unknown),
 * plain window ms. Stand-ins leave the window spread evenly from the reset to a full window from
 * now (see standInExpiries). Returns how many were added.
 */
export const RECONCILE_SCRIPT = `${NOW}
local used = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local grace = tonumber(ARGV[3])
local reset = tonumber(ARGV[5])
local latest = now + tonumber(ARGV[6])
local seen = redis.call('ZCOUNT', KEYS[1], '(' .. (now - window - grace), '+inf')
local deficit = used - seen
if deficit <= 0 then return 0 end
if reset <= 0 or reset > latest then reset = latest end
if reset < now then reset = now end
local step = 0
if deficit > 1 then step = (latest - reset) / deficit end
for i = 0, deficit - 1 do
  local score = math.floor(reset + i * step + 0.5) - window
  redis.call('ZADD', KEYS[1], score, score .. ':' .. ARGV[4] .. ':' .. i)
end
redis.call('PEXPIRE', KEYS[1], window + grace + 1000)
return deficit
`;
