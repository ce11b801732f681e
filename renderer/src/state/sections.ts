/** The app's sections, in menu order. Only sections that work are listed. */
export type Section = 'home' | 'cases' | 'changes' | 'reference' | 'settings';
export const SECTIONS: Section[] = ['home', 'cases', 'changes', 'reference', 'settings'];
