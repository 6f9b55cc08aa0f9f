#!/usr/bin/env node
// The `gleaner` command line runs the TypeScript sources directly under plain Node (no Electron,
// no build step), through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
await main();
