export * from './types';
export * from './normalize';
export * from './uscc';
export * from './id-card';
