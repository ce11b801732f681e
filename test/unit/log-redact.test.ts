import { describe, expect, it } from 'vitest';
import { REDACTED, redactLogValue, redactPersonalData } from '../../electron/main/log-redact';

describe('no ID numbers in the log', () => {
  it('removes 18- and 15-digit ID numbers and 18-character credit codes, in Chinese text too', () => {
    expect(redactPersonalData('当事人身份证号110105199003071234，旧证152502800101123')).toBe(`当事人身份证号${REDACTED}，旧证${REDACTED}`);
    expect(redactPersonalData('ID 11010519900307123X and 11010519900307123x')).toBe(`ID ${REDACTED} and ${REDACTED}`);
    expect(redactPersonalData('企业 91152502MA0N8Q7X2K 已登记')).toBe(`企业 ${REDACTED} 已登记`);
    expect(redactPersonalData('{"uscc":"91152502MA0N8Q7X2K","idNumber":"110105199003071234"}')).toBe(`{"uscc":"${REDACTED}","idNumber":"${REDACTED}"}`);
  });

  it('leaves longer tokens, hashes, ids, dates and amounts alone', () => {
    const hash = 'a3f1c2d4e5b6978812345678901234567890abcdef1234567890abcdef123456';
    const line = `blob ${hash} case 0193b2a4-7c3e-7f00-8a1b-123456789abc on 2026-11-30, 1250000 fen, seq 12, 12345678901234567890`;
    expect(redactPersonalData(line)).toBe(line);
    expect(redactPersonalData('ERR_INVALID_ARG_TYPE_CODE_X')).toBe('ERR_INVALID_ARG_TYPE_CODE_X');
  });

  it('redacts errors (with their stack) and objects as text', () => {
    expect(redactLogValue(new Error('bad id 110105199003071234'))).toMatch(new RegExp(`^Error: bad id ${REDACTED.replace(/[[\]]/g, '\\$&')}`));
    expect(redactLogValue({ party: '110105199003071234' })).toBe(`{"party":"${REDACTED}"}`);
    expect(redactLogValue(42)).toBe(42);
  });
});
