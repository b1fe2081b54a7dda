import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostName } from '../../../../src/platforms/web/host-check.js';
import { clientOf, createNewThreadLimit } from '../../../../src/platforms/web/new-thread-limit.js';

describe('host names', () => {
  it('reads the name of a Host header without its port, refusing anything else', () => {
    expect(hostName('LocalHost:3000')).toBe('localhost');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['attacker.example@127.0.0.1', '127.0.0.1/x', 'a b', '::1', '', 'h:port', undefined]) {
      expect(hostName(bad)).toBeNull();
    }
  });

  it('allows loopback, the configured HOST (not a wildcard) and the extra names', () => {
    expect([...allowedHostNames('0.0.0.0')]).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(allowedHostNames('::').has('[::]')).toBe(false);
    expect(allowedHostNames('Briefbot.LAN', ['x.example']).has('briefbot.lan')).toBe(true);
    expect(allowedHostNames('fd00::5').has('[fd00::5]')).toBe(true);
  });
});

describe('new thread limit', () => {
  it('counts clients by address, IPv6 by its /64', () => {
    expect(clientOf('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(clientOf('2001:db8:1:2:aaaa::1')).toBe(clientOf('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(clientOf('2001:db8:1:2::1')).not.toBe(clientOf('2001:db8:1:3::1'));
    expect(clientOf(undefined)).toBe('unknown');
  });

  it('allows perMinute new threads in any minute, per client', () => {
    const limit = createNewThreadLimit(2);
    expect(limit.take('a', 0)).toEqual({ ok: true });
    expect(limit.take('a', 10_000)).toEqual({ ok: true });
    expect(limit.take('a', 20_000)).toEqual({ ok: false, retryAfterSec: 40 });
    expect(limit.take('b', 20_000)).toEqual({ ok: true });
    expect(limit.take('a', 60_001)).toEqual({ ok: true });
  });
});
