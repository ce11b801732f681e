/** The report filters' year: a year out of range is kept as typed and flagged, never clamped. */
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { YearInput } from '../../renderer/src/components/YearInput';
import { initI18n } from '../../renderer/src/i18n';

configure({ asyncUtilTimeout: 15_000 });

describe('YearInput', () => {
  beforeEach(async () => {
    await initI18n('zh-CN');
  });

  it('passes a year in range on, keeps a year out of range as typed with a message, and never clamps it', async () => {
    const onChange = vi.fn();
    render(<YearInput value={2026} onChange={onChange} testId="year" />);
    const input = screen.getByTestId('year').querySelector('input') ?? (screen.getByTestId('year') as HTMLInputElement);
    await act(async () => {
      fireEvent.change(input, { target: { value: '1999' } });
    });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect((input as HTMLInputElement).value).toBe('1999');
    expect(await screen.findByText('年度须在 2000–2100 之间')).toBeTruthy();
    await act(async () => {
      fireEvent.change(input, { target: { value: '2025' } });
    });
    expect(onChange).toHaveBeenCalledWith(2025);
  });
});
