/**
 * Opening the records behind a number. Cases open in the case list, filtered to exactly those
 * cases (with a banner naming the number and a way back); GI and task figures open a drawer
 * listing their records (DrillDrawer), each one click from its own screen.
 */
import { useCallback } from 'react';
import type { CaseListDraft } from '../../../../shared/cases/schemas';
import type { DrillInput } from '../../../../shared/reports/record-drill';
import { useAppStore } from '../../state/app-store';
import { useCasesStore } from '../cases/cases-store';
import { create } from 'zustand';

interface DrawerState {
  input: DrillInput | null;
  label: string;
  open(input: DrillInput, label: string): void;
  close(): void;
}

export const useDrillDrawer = create<DrawerState>((set) => ({
  input: null,
  label: '',
  open(input, label) {
    set({ input, label });
  },
  close() {
    set({ input: null });
  },
}));

export function useCaseDrill(): (query: CaseListDraft, label: string) => void {
  return useCallback((query, label) => {
    const { section, go } = useAppStore.getState();
    useCasesStore.getState().drill(query, { label, section });
    go('cases');
  }, []);
}
