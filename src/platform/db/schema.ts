// Every table, for drizzle-kit and for typed queries.
export * from '../../modules/admission/schema.ts';
export * from '../../modules/imports/schema.ts';
export * from '../../modules/lifecycle/schema.ts';
export * from '../../modules/meetings/schema.ts';
export * from '../../modules/members/schema.ts';
export * from '../../modules/orgs/schema.ts';
export * from '../../modules/ratings/schema.ts';
export * from '../audit/schema.ts';
export * from '../auth/schema.ts';
