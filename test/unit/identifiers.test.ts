import { describe, expect, it } from 'vitest';
import { checkIdCard, checkUscc, idCardCheckChar, maskIdCard, normalizeCode, usccCheckChar } from '../../shared/identifiers';

const codes = (check: { problems: { code: string }[] }) => check.problems.map((p) => p.code);

describe('统一社会信用代码 (USCC)', () => {
  it('accepts the valid examples from DOMAIN.md', () => {
    expect(checkUscc('91110000600037341L')).toEqual({ value: '91110000600037341L', problems: [] });
    expect(checkUscc('911522010783710635')).toEqual({ value: '911522010783710635', problems: [] });
  });

  it('computes the check character from the 17 first characters', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(usccCheckChar('91152201078371063')).toBe('5');
  });

  it('warns (does not reject) on a bad check character', () => {
    const check = checkUscc('91110000600037341N');
    expect(codes(check)).toEqual(['uscc_check_char']);
    expect(check.problems[0]?.severity).toBe('warning');
  });

  it('rejects characters outside the alphabet (I O Z S V) and wrong lengths', () => {
    expect(codes(checkUscc('91110000600037341O'))).toEqual(['uscc_charset']);
    expect(codes(checkUscc('9111000060003734I1'))).toEqual(['uscc_charset']);
    expect(checkUscc('91110000600037341O').problems[0]?.severity).toBe('error');
    expect(codes(checkUscc('91110000600037341'))).toEqual(['uscc_length']);
    expect(codes(checkUscc(''))).toEqual(['uscc_length']);
  });

  it('normalises spaces, hyphens, full-width characters and lower case before checking', () => {
    expect(checkUscc(' 9111 0000-6000 3734 1l ')).toEqual({ value: '91110000600037341L', problems: [] });
    expect(checkUscc('９１１５２２０１０７８３７１０６３５')).toEqual({ value: '911522010783710635', problems: [] });
    expect(normalizeCode('ａｂ－１\u3000２')).toBe('AB12');
  });

  it('warns on an unknown registration department and a failing organisation-code check', () => {
    // Department 'B' does not exist; recompute the main check so only the department is wrong.
    const body = 'B1110000600037341';
    expect(codes(checkUscc(body + usccCheckChar(body)))).toContain('uscc_department');
    const badOrg = '91110000600037342';
    expect(codes(checkUscc(badOrg + usccCheckChar(badOrg)))).toEqual(['uscc_org_code']);
  });
});

describe('公民身份号码', () => {
  const today = new Date('2026-11-20T00:00:00Z');
  const valid = (first17: string) => first17 + idCardCheckChar(first17);

  it('accepts a valid number and upper-cases a trailing x', () => {
    const id = valid('15250219900307001');
    expect(checkIdCard(id, { today })).toEqual({ value: id, problems: [] });
    const withX = ['1525021990030700', '15250219900307002', '15250219900307003', '15250219900307004', '15250219900307005']
      .map((p) => (p.length === 17 ? p : null))
      .filter((p): p is string => p !== null)
      .map(valid)
      .find((v) => v.endsWith('X'));
    if (withX) expect(checkIdCard(withX.toLowerCase(), { today }).value).toBe(withX);
    expect(checkIdCard('11010519491231002x', { today }).value).toBe('11010519491231002X');
  });

  it('warns on a bad check digit', () => {
    const id = valid('15250219900307001');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(codes(checkIdCard(wrong, { today }))).toEqual(['id_check_char']);
  });

  it('rejects impossible birth dates, bad characters, wrong lengths, and sends 15-digit numbers to "other"', () => {
    expect(codes(checkIdCard(valid('15250219900230001'), { today }))).toEqual(['id_birth_date']);
    expect(codes(checkIdCard(valid('15250220300101001'), { today }))).toEqual(['id_birth_date']);
    expect(codes(checkIdCard('15250219900307A01X', { today }))).toEqual(['id_charset']);
    expect(codes(checkIdCard('1525021990030700', { today }))).toEqual(['id_length']);
    expect(codes(checkIdCard('152502900307001', { today }))).toEqual(['id_legacy_15']);
  });

  it('only warns for retired or unknown area codes', () => {
    const retired = valid('15252119800101001');
    expect(codes(checkIdCard(retired, { today, knownAreaCodes: new Set(['152502']) }))).toEqual(['id_area_unknown']);
    expect(checkIdCard(retired, { today, knownAreaCodes: new Set(['152502']) }).problems[0]?.severity).toBe('warning');
  });

  it('masks ID numbers for lists', () => {
    expect(maskIdCard('152502199003070018')).toBe('1525**********0018');
  });
});
