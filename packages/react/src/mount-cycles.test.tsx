import { describeMountCycles } from './testing/mount-cycles.tsx'

describeMountCycles()
