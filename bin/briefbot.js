#!/usr/bin/env node
// `npx briefbot` / `npm exec briefbot` from a checkout: runs the TypeScript CLI through tsx (a
// runtime dependency), so no build is needed first. The Docker image runs `node dist/cli/main.js`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
main(process.argv.slice(2));
