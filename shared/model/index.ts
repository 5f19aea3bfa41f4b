export * from './ids';
export * from './entities';
export * from './bundle';
